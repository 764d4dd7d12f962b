import { Alert, Button, Form, Input, Modal, Segmented, Space, Table } from "antd";
import { useEffect, useRef, useState } from "react";
import { api, type Schemas, unwrap } from "../../api/client.ts";
import { formatFen } from "../../lib/card-input.ts";
import { shanghaiTime } from "../../lib/shanghai-time.ts";
import { useIdempotencyKey } from "../../lib/use-idempotency-key.ts";
import { useLoad } from "../../lib/use-load.ts";
import { useUnits } from "../../lib/use-units.ts";
import { useLang } from "../../session/use-session.ts";
import { ProblemAlert } from "../../shell/ProblemAlert.tsx";
import { StaffName } from "../../shell/StaffName.tsx";
import { Empty } from "./Empty.tsx";
import { json } from "./funds-shared.ts";
import "./funds.css";

type Remittance = Schemas["Remittance"];
type State = Remittance["state"];
type VarianceRow = Schemas["RemittanceVarianceRow"];

/**
 * The settlement center's side of remittances: the declarations of its units with what the outlet
 * sold that day beside them; confirm what the bank statement shows (booked: debit the unified
 * account, credit the outlet's cash) or reject it with the reason. The API refuses a declarer
 * deciding their own; the screen says so in words when it does.
 */
export default function ConfirmRemittances() {
  const { lang, m } = useLang();
  const { nameOf } = useUnits();
  const [state, setState] = useState<State>("declared");
  const [error, setError] = useState<unknown>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [rejecting, setRejecting] = useState<Remittance | null>(null);

  const list = useLoad(async () => {
    const page = await unwrap(api.GET("/v1/remittances", { params: { query: { state, limit: 100 } } }));
    // What each outlet sold on the remitted days: the variance beside the declaration.
    const dates = page.data.map((r) => r.businessDate).sort();
    const from = dates[0];
    const to = dates[dates.length - 1];
    const variance =
      from && to
        ? json(
            await unwrap(
              api.GET("/v1/reports/remittance-variance", { params: { query: { from, to, format: "json" } } }),
            ),
          ).data
        : [];
    return {
      rows: page.data,
      days: new Map(variance.map((v) => [`${v.outletUnitId}/${v.businessDate}`, v])),
    };
  }, [state]);
  const rows = list.data?.rows ?? null;
  const days = list.data?.days ?? new Map<string, VarianceRow>();

  const decided = (words: string) => {
    setError(null);
    setNotice(words);
    list.reload();
  };
  const dayOf = (r: Remittance) => days.get(`${r.outletUnitId}/${r.businessDate}`);
  const money = (fen: number | undefined) => (fen === undefined ? "" : formatFen(fen));

  return (
    <>
      <p>{m.confirm.intro}</p>
      <div className="pc-funds-toolbar">
        <span id="confirm-filter-label">{m.confirm.filter}</span>
        <Segmented<State>
          aria-labelledby="confirm-filter-label"
          value={state}
          onChange={(v) => {
            setNotice(null);
            setState(v);
          }}
          options={(["declared", "confirmed", "rejected"] as const).map((s) => ({
            value: s,
            label: m.remState[s],
          }))}
        />
      </div>
      <div aria-live="polite">
        {notice ? <Alert type="success" showIcon message={notice} data-testid="confirm-notice" /> : null}
      </div>
      <div aria-live="assertive">
        <ProblemAlert error={error ?? list.error} />
      </div>
      <Table<Remittance>
        data-testid="confirm-table"
        size="small"
        rowKey="id"
        loading={list.loading}
        dataSource={rows ?? []}
        pagination={false}
        locale={{ emptyText: <Empty text={state === "declared" ? m.confirm.empty : m.confirm.emptyOther} /> }}
        columns={[
          { title: m.confirm.outlet, dataIndex: "outletUnitId", render: nameOf },
          { title: m.confirm.date, dataIndex: "businessDate", className: "pc-nowrap" },
          { title: m.confirm.amount, dataIndex: "amountFen", align: "right", render: formatFen },
          { title: m.confirm.sold, key: "sold", align: "right", render: (_, r) => money(dayOf(r)?.soldFen) },
          {
            title: m.confirm.dayDeclared,
            key: "declared",
            align: "right",
            render: (_, r) => money(dayOf(r)?.declaredFen),
          },
          {
            title: m.confirm.difference,
            key: "difference",
            align: "right",
            render: (_, r) => {
              const day = dayOf(r);
              return day ? formatFen(day.declaredFen - day.soldFen) : "";
            },
          },
          { title: m.confirm.bankReference, dataIndex: "bankReference" },
          state === "declared"
            ? {
                title: m.confirm.declaredAt,
                dataIndex: "declaredAt",
                className: "pc-nowrap",
                render: (v: string) => shanghaiTime(v, lang),
              }
            : {
                title: m.confirm.decidedAt,
                dataIndex: "decidedAt",
                className: "pc-nowrap",
                render: (v: string | null) => (v ? shanghaiTime(v, lang) : ""),
              },
          state === "declared"
            ? {
                title: m.confirm.declarer,
                key: "declarer",
                render: (_, r) => <StaffName who={r.declarer} id={r.declaredBy} />,
              }
            : {
                title: m.confirm.decider,
                key: "decider",
                render: (_, r) => <StaffName who={r.decider} id={r.decidedBy} />,
              },
          state === "rejected"
            ? { title: m.confirm.rejectReason, dataIndex: "rejectReason" }
            : {
                title: m.confirm.actions,
                key: "actions",
                render: (_, r) =>
                  r.state === "declared" ? (
                    <Space>
                      <ConfirmButton
                        remittance={r}
                        onDone={() => decided(m.confirm.confirmed(r.id))}
                        onError={(e) => {
                          setNotice(null);
                          setError(e);
                        }}
                      />
                      <Button
                        size="small"
                        autoInsertSpace={false}
                        onClick={() => setRejecting(r)}
                        aria-label={`${m.confirm.reject} ${r.id}`}
                      >
                        {m.confirm.reject}
                      </Button>
                    </Space>
                  ) : null,
              },
        ]}
      />
      {rejecting ? (
        <RejectDialog
          remittance={rejecting}
          onClose={() => setRejecting(null)}
          onDone={() => {
            setRejecting(null);
            decided(m.confirm.rejected(rejecting.id));
          }}
        />
      ) : null}
    </>
  );
}

/** Confirming books money: its Idempotency-Key stays the same for this remittance, retries included. */
function ConfirmButton({
  remittance,
  onDone,
  onError,
}: {
  remittance: Remittance;
  onDone(): void;
  onError(e: unknown): void;
}) {
  const { m } = useLang();
  const idempotency = useIdempotencyKey({ confirm: remittance.id });
  const [busy, setBusy] = useState(false);
  const inFlight = useRef(false);
  async function confirm() {
    if (inFlight.current) return;
    inFlight.current = true;
    setBusy(true);
    try {
      await unwrap(
        api.POST("/v1/remittances/{id}/confirm", {
          params: { path: { id: remittance.id }, header: { "Idempotency-Key": idempotency.key } },
        }),
      );
      onDone();
    } catch (e) {
      onError(e);
    } finally {
      inFlight.current = false;
      setBusy(false);
    }
  }
  return (
    <Button
      size="small"
      type="primary"
      loading={busy}
      onClick={() => void confirm()}
      aria-label={`${m.confirm.confirm} ${remittance.id}`}
    >
      {m.confirm.confirm}
    </Button>
  );
}

/** The dialog takes the focus first; then the reason gets it, so the officer can type at once. */
const focusReason = () => document.getElementById("reject-reason")?.focus();

function RejectDialog({
  remittance,
  onClose,
  onDone,
}: {
  remittance: Remittance;
  onClose(): void;
  onDone(): void;
}) {
  const { m } = useLang();
  const [reason, setReason] = useState("");
  const [touched, setTouched] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    const timer = setTimeout(focusReason, 50);
    return () => clearTimeout(timer);
  }, []);
  async function reject() {
    setTouched(true);
    if (!reason.trim() || busy) return;
    setBusy(true);
    setError(null);
    try {
      await unwrap(
        api.POST("/v1/remittances/{id}/reject", {
          params: { path: { id: remittance.id } },
          body: { reason: reason.trim() },
        }),
      );
      onDone();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }
  return (
    <Modal
      open
      title={`${m.confirm.rejectTitle} · ${remittance.bankReference} · ¥${formatFen(remittance.amountFen)}`}
      onCancel={onClose}
      afterOpenChange={(open) => {
        if (open) focusReason();
      }}
      footer={[
        <Button key="cancel" autoInsertSpace={false} onClick={onClose}>
          {m.confirm.cancel}
        </Button>,
        <Button
          key="reject"
          type="primary"
          autoInsertSpace={false}
          loading={busy}
          onClick={() => void reject()}
        >
          {m.confirm.rejectSubmit}
        </Button>,
      ]}
    >
      <Form layout="vertical" onSubmitCapture={(e) => e.preventDefault()}>
        <Form.Item
          label={m.confirm.reason}
          htmlFor="reject-reason"
          validateStatus={touched && !reason.trim() ? "error" : undefined}
          help={touched && !reason.trim() ? m.confirm.reasonRequired : undefined}
        >
          <Input.TextArea
            id="reject-reason"
            rows={3}
            maxLength={500}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
          />
        </Form.Item>
      </Form>
      <ProblemAlert error={error} />
    </Modal>
  );
}
