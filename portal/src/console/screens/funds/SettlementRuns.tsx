import { Alert, Button, Input, Space, Table, Tag } from "antd";
import { useRef, useState } from "react";
import { ApiError, api, type Schemas, unwrap } from "../../api/client.ts";
import { formatFen } from "../../lib/card-input.ts";
import { shanghaiTime } from "../../lib/shanghai-time.ts";
import { useIdempotencyKey } from "../../lib/use-idempotency-key.ts";
import { useLoad } from "../../lib/use-load.ts";
import { useUnits } from "../../lib/use-units.ts";
import { useLang, useSession } from "../../session/use-session.ts";
import { ProblemAlert } from "../../shell/ProblemAlert.tsx";
import { StaffName } from "../../shell/StaffName.tsx";
import { Empty } from "./Empty.tsx";
import { previousMonth } from "./funds-shared.ts";
import "./funds.css";

type Run = Schemas["SettlementRun"];
type Line = Schemas["SettlementLine"];

/**
 * The card-fund return (资金返还): a settlement officer computes a finished month's run (nothing is
 * booked), another officer approves it (booked: each unit's fee account from the unified account)
 * or rejects it. Maker-checker is the API's: the maker's own approval is refused, and the screen
 * says so in words both before (a note on the run) and after (the refusal).
 */
export default function SettlementRuns() {
  const { lang, m } = useLang();
  const session = useSession();
  const meId = session.status === "signed-in" ? session.me.id : "";
  const { nameOf } = useUnits();
  const latest = previousMonth();
  const [period, setPeriod] = useState(latest);
  const [picked, setSelected] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const runsLoad = useLoad(async () => (await unwrap(api.GET("/v1/settlement-runs"))).data);
  const runs = runsLoad.data;
  const selected = picked ?? runs?.[0]?.id ?? null;
  const reload = runsLoad.reload;

  async function create() {
    if (busy) return;
    setBusy(true);
    setError(null);
    setNotice(null);
    try {
      const run = await unwrap(api.POST("/v1/settlement-runs", { body: { period } }));
      setSelected(run.id);
      setNotice(m.settlement.created(run.period));
      reload();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  const run = runs?.find((r) => r.id === selected) ?? null;

  return (
    <>
      <p>{m.settlement.intro}</p>
      <div className="pc-funds-toolbar">
        <label htmlFor="settlement-period">
          {m.settlement.period}
          <Input
            id="settlement-period"
            type="month"
            max={latest}
            value={period}
            onChange={(e) => setPeriod(e.target.value)}
            onPressEnter={() => void create()}
          />
        </label>
        <Button type="primary" loading={busy} onClick={() => void create()} disabled={!period}>
          {m.settlement.create}
        </Button>
      </div>
      <div aria-live="polite">
        {notice ? <Alert type="success" showIcon message={notice} data-testid="settlement-notice" /> : null}
      </div>
      <div aria-live="assertive">
        <ProblemAlert error={error ?? runsLoad.error} />
      </div>

      <section className="pc-funds-section" aria-labelledby="runs-title">
        <h2 className="pc-funds-section-title" id="runs-title">
          {m.settlement.runs}
        </h2>
        <Table<Run>
          data-testid="runs-table"
          size="small"
          rowKey="id"
          loading={runsLoad.loading}
          dataSource={runs ?? []}
          pagination={false}
          locale={{ emptyText: <Empty text={m.settlement.noRuns} /> }}
          columns={[
            { title: m.settlement.period, dataIndex: "period" },
            {
              title: m.settlement.state,
              dataIndex: "state",
              render: (s: Run["state"]) => <Tag className={`pc-state pc-state-${s}`}>{m.runState[s]}</Tag>,
            },
            {
              title: m.settlement.createdBy,
              dataIndex: "createdBy",
              render: (v: string, r) => (
                <>
                  {v === meId ? m.settlement.you : <StaffName who={r.creator} id={v} />} ·{" "}
                  <span className="pc-nowrap">{shanghaiTime(r.createdAt, lang)}</span>
                </>
              ),
            },
            { title: m.settlement.due, dataIndex: "dueFen", align: "right", render: formatFen },
            {
              title: m.settlement.unified,
              dataIndex: "unifiedBalanceFen",
              align: "right",
              render: formatFen,
            },
            { title: m.settlement.shortfall, dataIndex: "shortfallFen", align: "right", render: formatFen },
            { title: m.settlement.returned, dataIndex: "returnedFen", align: "right", render: formatFen },
            {
              title: m.settlement.detail,
              key: "detail",
              render: (_, r) => (
                <Button
                  size="small"
                  type={r.id === selected ? "primary" : "default"}
                  aria-pressed={r.id === selected}
                  onClick={() => setSelected(r.id)}
                  aria-label={`${m.settlement.detail} ${r.period}`}
                >
                  {m.settlement.detail}
                </Button>
              ),
            },
          ]}
        />
      </section>

      {run ? (
        <RunDetail
          key={run.id}
          run={run}
          own={run.createdBy === meId}
          nameOf={nameOf}
          onDecided={(words) => {
            setError(null);
            setNotice(words);
            reload();
          }}
        />
      ) : null}
    </>
  );
}

function RunDetail({
  run,
  own,
  nameOf,
  onDecided,
}: {
  run: Run;
  own: boolean;
  nameOf(id: string): string;
  onDecided(words: string): void;
}) {
  const { m } = useLang();
  const [note, setNote] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const inFlight = useRef(false);
  // Approving books the return: one key per run and decision, kept across retries.
  const approveKey = useIdempotencyKey({ approve: run.approvalId });

  async function decide(decision: "approve" | "reject") {
    if (inFlight.current) return;
    inFlight.current = true;
    setBusy(true);
    setError(null);
    try {
      const body = note.trim() ? { note: note.trim() } : {};
      if (decision === "approve")
        await unwrap(
          api.POST("/v1/approvals/{approvalId}/approve", {
            params: { path: { approvalId: run.approvalId } },
            headers: { "Idempotency-Key": approveKey.key },
            body,
          }),
        );
      else
        await unwrap(
          api.POST("/v1/approvals/{approvalId}/reject", {
            params: { path: { approvalId: run.approvalId } },
            body,
          }),
        );
      onDecided(
        decision === "approve" ? m.settlement.approved(run.period) : m.settlement.rejectedRun(run.period),
      );
    } catch (e) {
      setError(e);
    } finally {
      inFlight.current = false;
      setBusy(false);
    }
  }

  return (
    <section className="pc-funds-section" aria-labelledby="run-lines-title" data-testid="run-detail">
      <h2 className="pc-funds-section-title" id="run-lines-title">
        {run.period} · {m.settlement.lines} · {m.runState[run.state]}
      </h2>
      {run.shortfallFen > 0 ? <Alert type="warning" showIcon message={m.settlement.shortfallNote} /> : null}
      <Table<Line>
        size="small"
        rowKey="unitId"
        dataSource={run.lines}
        pagination={false}
        columns={[
          { title: m.settlement.unit, dataIndex: "unitId", render: nameOf },
          { title: m.settlement.recharges, dataIndex: "rechargesFen", align: "right", render: formatFen },
          { title: m.settlement.topups, dataIndex: "topupsFen", align: "right", render: formatFen },
          { title: m.settlement.corrections, dataIndex: "correctionsFen", align: "right", render: formatFen },
          {
            title: m.settlement.returnedBefore,
            dataIndex: "returnedBeforeFen",
            align: "right",
            render: formatFen,
          },
          { title: m.settlement.lineDue, dataIndex: "dueFen", align: "right", render: formatFen },
          { title: m.settlement.lineReturned, dataIndex: "returnedFen", align: "right", render: formatFen },
        ]}
        summary={() => (
          <Table.Summary.Row>
            <Table.Summary.Cell index={0} colSpan={4}>
              <strong>{m.money.total}</strong>
            </Table.Summary.Cell>
            <Table.Summary.Cell index={4} align="right">
              <strong data-testid="run-due">{formatFen(run.dueFen)}</strong>
            </Table.Summary.Cell>
            <Table.Summary.Cell index={5} align="right">
              <strong data-testid="run-returned">{formatFen(run.returnedFen)}</strong>
            </Table.Summary.Cell>
          </Table.Summary.Row>
        )}
      />
      {run.state === "pending_approval" ? (
        <div className="pc-funds-section">
          {own ? (
            <Alert type="info" showIcon message={m.settlement.ownRun} data-testid="own-run-note" />
          ) : null}
          <div className="pc-funds-toolbar pc-funds-section">
            <label htmlFor="approval-note">
              {m.settlement.note}
              <Input
                id="approval-note"
                maxLength={500}
                value={note}
                onChange={(e) => setNote(e.target.value)}
              />
            </label>
            <Space>
              <Button type="primary" loading={busy} onClick={() => void decide("approve")}>
                {m.settlement.approve}
              </Button>
              <Button autoInsertSpace={false} loading={busy} onClick={() => void decide("reject")}>
                {m.settlement.reject}
              </Button>
            </Space>
          </div>
          <div aria-live="assertive">
            {isOwnRunRefusal(error) ? (
              <Alert
                type="error"
                showIcon
                role="alert"
                data-code="approval_self_decision"
                message={m.settlement.ownRefused}
                description={
                  error.problem.requestId ? `${m.errors.requestId}: ${error.problem.requestId}` : undefined
                }
              />
            ) : (
              <ProblemAlert error={error} />
            )}
          </div>
        </div>
      ) : null}
    </section>
  );
}

/** The API's maker-checker refusal, told in the settlement officer's words rather than the generic ones. */
const isOwnRunRefusal = (error: unknown): error is ApiError =>
  error instanceof ApiError && error.problem.code === "approval_self_decision";
