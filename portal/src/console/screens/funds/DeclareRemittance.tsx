import { Button, Form, Input, Result, Select, Space, Table, Tag } from "antd";
import { useRef, useState } from "react";
import { api, type Schemas, unwrap } from "../../api/client.ts";
import { formatFen } from "../../lib/card-input.ts";
import { rmbCapital } from "../../lib/rmb-capital.ts";
import { shanghaiTime } from "../../lib/shanghai-time.ts";
import { useIdempotencyKey } from "../../lib/use-idempotency-key.ts";
import { useLoad } from "../../lib/use-load.ts";
import { useUnits } from "../../lib/use-units.ts";
import { parseYuan } from "../../lib/yuan-input.ts";
import { useLang, useSession } from "../../session/use-session.ts";
import { ProblemAlert } from "../../shell/ProblemAlert.tsx";
import { Empty } from "./Empty.tsx";
import { addDays, json, shanghaiToday } from "./funds-shared.ts";
import { RemittanceSlip } from "./RemittanceSlip.tsx";
import "./funds.css";

type Remittance = Schemas["Remittance"];
type VarianceRow = Schemas["RemittanceVarianceRow"];

/**
 * The fund administrator's remittance (售卡解款): the last week's sales against what was declared
 * and confirmed, per outlet and day; a declaration with its variance shown before it is sent
 * (sold that day − declared before − this one); the 解款单 to print; the outlet's remittances.
 * The API caps a declaration at the outlet's unremitted cash; the screen only shows the figures.
 */
export default function DeclareRemittance() {
  const { lang, m } = useLang();
  const session = useSession();
  const { units, nameOf } = useUnits();
  const outlets = (units ?? []).filter((u) => u.kind === "outlet" || u.kind === "station");
  const today = shanghaiToday();

  const [outletUnitId, setOutlet] = useState<string | undefined>();
  const [businessDate, setDate] = useState(today);
  const [amount, setAmount] = useState("");
  const [bankReference, setBankReference] = useState("");
  const [touched, setTouched] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [declared, setDeclared] = useState<Remittance | null>(null);
  const [slip, setSlip] = useState<Remittance | null>(null);
  const inFlight = useRef(false);
  const formRef = useRef<HTMLDivElement>(null);

  const amountFen = parseYuan(amount);
  const input = { outletUnitId, businessDate, amountFen, bankReference: bankReference.trim() };
  const idempotency = useIdempotencyKey(input);

  const varianceLoad = useLoad(async () => {
    const r = json(
      await unwrap(
        api.GET("/v1/reports/remittance-variance", {
          params: { query: { from: addDays(today, -6), to: today, format: "json" } },
        }),
      ),
    );
    return [...r.data].sort((a, b) => b.businessDate.localeCompare(a.businessDate));
  }, [today]);
  const remittanceLoad = useLoad(
    async () => (await unwrap(api.GET("/v1/remittances", { params: { query: { limit: 50 } } }))).data,
  );
  // The chosen outlet's figures for the chosen day, whatever the day (not only the last week's).
  const dayLoad = useLoad(async () => {
    if (!outletUnitId || !/^\d{4}-\d{2}-\d{2}$/.test(businessDate)) return null;
    const r = json(
      await unwrap(
        api.GET("/v1/reports/remittance-variance", {
          params: { query: { from: businessDate, to: businessDate, unitId: outletUnitId, format: "json" } },
        }),
      ),
    );
    return r.data.find((row) => row.outletUnitId === outletUnitId) ?? null;
  }, [outletUnitId, businessDate]);
  const variance = varianceLoad.data;
  const remittances = remittanceLoad.data;
  const loadError = varianceLoad.error ?? remittanceLoad.error;
  const dayRow = dayLoad.loading || dayLoad.error ? null : dayLoad.data;
  const reload = () => {
    varianceLoad.reload();
    remittanceLoad.reload();
    dayLoad.reload();
  };

  const soldFen = dayRow?.soldFen ?? 0;
  const declaredBeforeFen = dayRow?.declaredFen ?? 0;
  const differenceFen = soldFen - declaredBeforeFen - (amountFen ?? 0);
  const ready = Boolean(outletUnitId && businessDate && amountFen && bankReference.trim());

  async function submit() {
    setTouched(true);
    if (!ready || inFlight.current) return;
    inFlight.current = true;
    setBusy(true);
    setError(null);
    try {
      const result = await unwrap(
        api.POST("/v1/remittances", {
          params: { header: { "Idempotency-Key": idempotency.key } },
          body: {
            outletUnitId: outletUnitId as string,
            businessDate,
            amountFen: amountFen as number,
            bankReference: bankReference.trim(),
          },
        }),
      );
      setDeclared(result);
      setSlip(result);
      reload();
    } catch (e) {
      setError(e);
    } finally {
      inFlight.current = false;
      setBusy(false);
    }
  }

  function another() {
    idempotency.renew();
    setDeclared(null);
    setSlip(null);
    setAmount("");
    setBankReference("");
    setTouched(false);
    setTimeout(() => document.getElementById("remit-outlet")?.focus());
  }

  function declareFor(row: VarianceRow) {
    setOutlet(row.outletUnitId);
    setDate(row.businessDate);
    setAmount(formatFen(Math.max(row.soldFen - row.declaredFen, 0)));
    setDeclared(null);
    setSlip(null);
    setTimeout(() => {
      formRef.current?.scrollIntoView({ block: "start" });
      document.getElementById("remit-bank-reference")?.focus();
    });
  }

  const superiorName = session.status === "signed-in" ? (session.unit?.name ?? session.me.unitId) : "";
  const verdict =
    differenceFen === 0
      ? m.remit.differenceZero
      : differenceFen > 0
        ? m.remit.differenceShort(formatFen(differenceFen))
        : m.remit.differenceOver(formatFen(-differenceFen));

  return (
    <>
      <ProblemAlert error={loadError} />
      <section aria-labelledby="remit-variance-title">
        <h2 className="pc-funds-section-title" id="remit-variance-title">
          {m.remit.varianceTitle}
        </h2>
        <p>{m.remit.varianceIntro}</p>
        <Table<VarianceRow>
          data-testid="variance-table"
          size="small"
          rowKey={(r) => `${r.outletUnitId}/${r.businessDate}`}
          loading={varianceLoad.loading}
          dataSource={variance ?? []}
          pagination={false}
          locale={{ emptyText: <Empty text={m.remit.noActivity} /> }}
          columns={[
            { title: m.remit.date, dataIndex: "businessDate" },
            { title: m.remit.outlet, dataIndex: "outletName" },
            { title: m.remit.sold, dataIndex: "soldFen", align: "right", render: formatFen },
            { title: m.remit.declared, dataIndex: "declaredFen", align: "right", render: formatFen },
            { title: m.remit.confirmed, dataIndex: "confirmedFen", align: "right", render: formatFen },
            {
              title: m.remit.dayOpen,
              key: "open",
              align: "right",
              render: (_, r) => formatFen(r.soldFen - r.declaredFen),
            },
            { title: m.remit.outstanding, dataIndex: "outstandingFen", align: "right", render: formatFen },
            {
              title: m.remit.declareThis,
              key: "declare",
              render: (_, r) =>
                r.soldFen - r.declaredFen > 0 ? (
                  <Button
                    size="small"
                    autoInsertSpace={false}
                    onClick={() => declareFor(r)}
                    aria-label={`${m.remit.declareThis} ${r.outletName} ${r.businessDate}`}
                  >
                    {m.remit.declareThis}
                  </Button>
                ) : null,
            },
          ]}
        />
      </section>

      <section className="pc-funds-section" aria-labelledby="remit-form-title" ref={formRef}>
        <h2 className="pc-funds-section-title" id="remit-form-title">
          {m.remit.formTitle}
        </h2>
        {declared ? (
          <Result
            status="success"
            title={m.remit.done}
            subTitle={
              <span data-testid="declared-amount">
                {nameOf(declared.outletUnitId)} · {declared.businessDate} · ¥{formatFen(declared.amountFen)}
              </span>
            }
            extra={
              <Space>
                <Button type="primary" autoFocus onClick={() => window.print()}>
                  {m.remit.printSlip}
                </Button>
                <Button onClick={another}>{m.remit.another}</Button>
              </Space>
            }
          />
        ) : (
          <>
            <p>{m.remit.formIntro}</p>
            <Form layout="vertical" className="pc-funds-form" onSubmitCapture={(e) => e.preventDefault()}>
              <Form.Item
                label={m.remit.outlet}
                htmlFor="remit-outlet"
                validateStatus={touched && !outletUnitId ? "error" : undefined}
                help={touched && !outletUnitId ? m.remit.outletRequired : undefined}
              >
                <Select
                  id="remit-outlet"
                  value={outletUnitId}
                  onChange={setOutlet}
                  options={outlets.map((u) => ({ value: u.id, label: u.name }))}
                  autoFocus
                />
              </Form.Item>
              <Form.Item
                label={m.remit.date}
                htmlFor="remit-date"
                validateStatus={touched && !businessDate ? "error" : undefined}
                help={touched && !businessDate ? m.remit.dateRequired : undefined}
              >
                <Input
                  id="remit-date"
                  type="date"
                  max={today}
                  value={businessDate}
                  onChange={(e) => setDate(e.target.value)}
                />
              </Form.Item>
              <Form.Item
                label={m.remit.amount}
                htmlFor="remit-amount"
                validateStatus={touched && !amountFen ? "error" : undefined}
                help={touched && !amountFen ? m.remit.amountInvalid : undefined}
                extra={
                  amountFen ? (
                    <span className="pc-capital" data-testid="amount-capital">
                      {m.remit.capital}：<span lang="zh-CN">{rmbCapital(amountFen)}</span>
                    </span>
                  ) : undefined
                }
              >
                <Input
                  id="remit-amount"
                  inputMode="decimal"
                  value={amount}
                  onChange={(e) => setAmount(e.target.value)}
                  onPressEnter={() => document.getElementById("remit-bank-reference")?.focus()}
                />
              </Form.Item>
              <Form.Item
                label={m.remit.bankReference}
                htmlFor="remit-bank-reference"
                validateStatus={touched && !bankReference.trim() ? "error" : undefined}
                help={touched && !bankReference.trim() ? m.remit.bankReferenceRequired : undefined}
              >
                <Input
                  id="remit-bank-reference"
                  value={bankReference}
                  maxLength={64}
                  onChange={(e) => setBankReference(e.target.value)}
                  onPressEnter={() => void submit()}
                />
              </Form.Item>
              {outletUnitId ? (
                <section aria-label={m.remit.varianceNow} aria-live="polite">
                  <h3 className="pc-card-title">{m.remit.varianceNow}</h3>
                  <dl className="pc-variance" data-testid="declare-variance">
                    <div>
                      <dt>{m.remit.soldThatDay}</dt>
                      <dd data-testid="variance-sold">{formatFen(soldFen)}</dd>
                    </div>
                    <div>
                      <dt>{m.remit.declaredBefore}</dt>
                      <dd data-testid="variance-declared">{formatFen(declaredBeforeFen)}</dd>
                    </div>
                    <div>
                      <dt>{m.remit.thisDeclaration}</dt>
                      <dd>{formatFen(amountFen ?? 0)}</dd>
                    </div>
                    <div>
                      <dt>{m.remit.difference}</dt>
                      <dd data-testid="variance-difference">{formatFen(differenceFen)}</dd>
                    </div>
                  </dl>
                  <p className="pc-variance-verdict" data-testid="variance-verdict">
                    {verdict}
                  </p>
                </section>
              ) : null}
              <div aria-live="assertive">
                <ProblemAlert error={error} />
              </div>
              <Button type="primary" onClick={() => void submit()} loading={busy}>
                {m.remit.submit}
              </Button>
            </Form>
          </>
        )}
      </section>

      {slip ? (
        <RemittanceSlip
          remittance={slip}
          outletName={nameOf(slip.outletUnitId)}
          superiorName={superiorName}
          declarerName={
            slip.declarer ? `${slip.declarer.displayName}（${slip.declarer.username}）` : slip.declaredBy
          }
        />
      ) : null}

      <section className="pc-funds-section" aria-labelledby="remit-list-title">
        <h2 className="pc-funds-section-title" id="remit-list-title">
          {m.remit.listTitle}
        </h2>
        <Table<Remittance>
          data-testid="remittance-list"
          size="small"
          rowKey="id"
          loading={remittanceLoad.loading}
          dataSource={remittances ?? []}
          pagination={false}
          locale={{ emptyText: <Empty text={m.remit.noRemittances} /> }}
          columns={[
            { title: m.remit.date, dataIndex: "businessDate" },
            { title: m.remit.outlet, dataIndex: "outletUnitId", render: nameOf },
            { title: m.remit.amount, dataIndex: "amountFen", align: "right", render: formatFen },
            { title: m.remit.bankReference, dataIndex: "bankReference" },
            {
              title: m.remit.state,
              dataIndex: "state",
              render: (s: Remittance["state"]) => (
                <Tag className={`pc-state pc-state-${s}`}>{m.remState[s]}</Tag>
              ),
            },
            {
              title: m.remit.declaredAt,
              dataIndex: "declaredAt",
              render: (v: string) => shanghaiTime(v, lang),
            },
            { title: m.remit.rejectReason, dataIndex: "rejectReason", render: (v: string | null) => v ?? "" },
            {
              title: m.remit.printSlip,
              key: "print",
              render: (_, r) => (
                <Button
                  size="small"
                  onClick={() => {
                    setSlip(r);
                    setTimeout(() => window.print());
                  }}
                  aria-label={`${m.remit.printSlip} ${r.id}`}
                >
                  {m.remit.printSlip}
                </Button>
              ),
            },
          ]}
        />
      </section>
    </>
  );
}
