import { Button, DatePicker, Select, Space, Table } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useMemo, useState } from "react";
import { api, unwrap } from "../../api/client.ts";
import { formatFen } from "../../lib/card-input.ts";
import { useLang, useSession } from "../../session/use-session.ts";
import { ProblemAlert } from "../../shell/ProblemAlert.tsx";
import { dispositionName, REPORTS, type ReportDef } from "./report-defs.ts";
import { UnitSelect } from "./UnitSelect.tsx";

type Row = Record<string, unknown>;
/** The report paths differ in their query types; one loose signature serves them all here. */
type LooseGet = (
  path: string,
  init: { params: { query: Record<string, string | undefined> }; parseAs?: "json" | "blob" },
) => Promise<{ data?: unknown; error?: unknown; response: Response }>;
const get = api.GET as unknown as LooseGet;

const shanghaiToday = () =>
  dayjs(new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(new Date()));

/** Choose a report, the unit and the dates; see it as a table; download it as Excel or CSV. */
export default function Reports() {
  const { lang, m } = useLang();
  const session = useSession();
  const roles = session.status === "signed-in" ? session.me.roles : [];
  const reports = REPORTS.filter((r) => r.roles.some((role) => roles.includes(role)));
  const today = shanghaiToday();
  const [reportId, setReportId] = useState<ReportDef["id"]>(reports[0]?.id ?? "cardFloat");
  const [unitId, setUnitId] = useState<string | undefined>(undefined);
  const [days, setDays] = useState<[Dayjs, Dayjs]>([today, today]);
  const [months, setMonths] = useState<[Dayjs, Dayjs]>([today, today]);
  const [asOf, setAsOf] = useState<Dayjs>(today);
  const [result, setResult] = useState<{ def: ReportDef; json: Row } | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const def = reports.find((r) => r.id === reportId) ?? reports[0];

  const query = (): Record<string, string | undefined> => {
    const day = (d: Dayjs) => d.format("YYYY-MM-DD");
    const month = (d: Dayjs) => d.format("YYYY-MM");
    const base = { unitId };
    switch (def?.range) {
      case "days":
        return { ...base, from: day(days[0]), to: day(days[1]) };
      case "months":
        return { ...base, from: month(months[0]), to: month(months[1]) };
      case "month":
        return { ...base, period: month(months[0]) };
      default:
        return { ...base, asOf: day(asOf) };
    }
  };

  const run = async (what: "json" | "xlsx" | "csv") => {
    if (!def) return;
    setError(null);
    setBusy(what);
    try {
      if (what === "json") {
        setResult({ def, json: (await unwrap(get(def.path, { params: { query: query() } }))) as Row });
        return;
      }
      const call = get(def.path, {
        params: { query: { ...query(), format: what, lang: lang === "en" ? "en" : undefined } },
        parseAs: "blob",
      });
      const response = (await call).response;
      const blob = (await unwrap(call)) as Blob;
      const name = dispositionName(response.headers.get("Content-Disposition")) ?? `${def.id}.${what}`;
      const url = URL.createObjectURL(blob);
      const a = document.createElement("a");
      a.href = url;
      a.download = name;
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(null);
    }
  };

  const shown = result?.def;
  const columns = useMemo(
    () =>
      (shown?.columns ?? []).map((c) => ({
        key: c.key,
        title: c.title(m),
        align: c.kind === "fen" || c.kind === "count" ? ("right" as const) : undefined,
        render: (_: unknown, r: Row) => {
          const v = c.value(r);
          if (c.kind === "fen") return typeof v === "number" ? formatFen(v) : "";
          if (c.kind === "channel") return m.channels[String(v)] ?? String(v);
          return v == null ? "" : String(v);
        },
      })),
    [shown, m],
  );
  const rows = result ? result.def.rows(result.json).map((r, i) => ({ ...r, __key: i })) : [];
  const total = result?.def.total?.(result.json);
  const future = (d: Dayjs) => d.isAfter(today, "day");

  if (!def) return null;
  return (
    <>
      <Space wrap align="center" className="pc-toolbar">
        <label htmlFor="report-kind">{m.reports.report}</label>
        <Select
          id="report-kind"
          className="pc-report-select"
          value={def.id}
          onChange={(v) => setReportId(v)}
          options={reports.map((r) => ({ value: r.id, label: m.reports.names[r.id] }))}
        />
        <label htmlFor="report-unit">{m.reports.unit}</label>
        <UnitSelect id="report-unit" label={m.reports.unit} value={unitId} onChange={setUnitId} />
        <label htmlFor="report-dates">
          {def.range === "days" || def.range === "asOf"
            ? def.range === "asOf"
              ? m.reports.asOf
              : m.reports.dates
            : def.range === "month"
              ? m.reports.month
              : m.reports.months}
        </label>
        {def.range === "days" ? (
          <DatePicker.RangePicker
            id="report-dates"
            value={days}
            allowClear={false}
            disabledDate={future}
            onChange={(v) => v?.[0] && v[1] && setDays([v[0], v[1]])}
          />
        ) : def.range === "months" ? (
          <DatePicker.RangePicker
            id="report-dates"
            picker="month"
            value={months}
            allowClear={false}
            disabledDate={future}
            onChange={(v) => v?.[0] && v[1] && setMonths([v[0], v[1]])}
          />
        ) : def.range === "month" ? (
          <DatePicker
            id="report-dates"
            picker="month"
            value={months[0]}
            allowClear={false}
            disabledDate={future}
            onChange={(v) => v && setMonths([v, v])}
          />
        ) : (
          <DatePicker
            id="report-dates"
            value={asOf}
            allowClear={false}
            disabledDate={future}
            onChange={(v) => v && setAsOf(v)}
          />
        )}
        <Button
          type="primary"
          loading={busy === "json"}
          onClick={() => void run("json")}
          data-testid="show-report"
        >
          {m.reports.show}
        </Button>
        <Button loading={busy === "xlsx"} onClick={() => void run("xlsx")} data-testid="download-xlsx">
          {m.reports.xlsx}
        </Button>
        <Button loading={busy === "csv"} onClick={() => void run("csv")} data-testid="download-csv">
          {m.reports.csv}
        </Button>
      </Space>
      <ProblemAlert error={error} />
      {result ? (
        <Table<Row>
          className="pc-report-table"
          size="small"
          rowKey="__key"
          dataSource={rows}
          columns={columns}
          pagination={rows.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
          scroll={{ x: "max-content" }}
          locale={{ emptyText: m.reports.empty }}
          caption={m.reports.names[result.def.id]}
          summary={() =>
            total ? (
              <Table.Summary.Row>
                {result.def.columns.map((c, i) => {
                  const v = total[c.key];
                  return (
                    <Table.Summary.Cell
                      key={c.key}
                      index={i}
                      align={typeof v === "number" ? "right" : undefined}
                    >
                      <strong data-testid={i === 0 ? undefined : `total-${c.key}`}>
                        {i === 0
                          ? m.reports.total
                          : typeof v === "number"
                            ? c.kind === "fen"
                              ? formatFen(v)
                              : v
                            : ""}
                      </strong>
                    </Table.Summary.Cell>
                  );
                })}
              </Table.Summary.Row>
            ) : null
          }
        />
      ) : null}
    </>
  );
}
