import { Alert, Button, Input, Modal, Space, Table, Tag, Typography } from "antd";
import { useState } from "react";
import { api, type Schemas, unwrap } from "../../api/client.ts";
import { shanghaiTime } from "../../lib/shanghai-time.ts";
import { useLoad } from "../../lib/use-load.ts";
import { useLang, useSession } from "../../session/use-session.ts";
import { ProblemAlert } from "../../shell/ProblemAlert.tsx";
import { StaffName } from "../../shell/StaffName.tsx";
import { CorrectionFacts } from "../corrections/CorrectionFacts.tsx";

type Approval = Schemas["Approval"];

/**
 * Maker-checker for every kind the API has: the pending requests of the user's subtree that need
 * one of their roles. Their own requests are listed too, with why they cannot decide them (the
 * API refuses it as well: approval_self_decision). Approve or reject with a note.
 */
export default function ApprovalInbox() {
  const { lang, m } = useLang();
  const session = useSession();
  const me = session.status === "signed-in" ? session.me : null;
  const pending = useLoad(
    async () => (await unwrap(api.GET("/v1/approvals", { params: { query: { state: "pending" } } }))).data,
  );
  const [deciding, setDeciding] = useState<Approval | null>(null);
  const [note, setNote] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const mine = (pending.data ?? []).filter((a) => me?.roles.includes(a.checkerRole));

  async function decide(decision: "approve" | "reject") {
    if (!deciding || busy) return;
    setBusy(true);
    setError(null);
    try {
      const path =
        decision === "approve" ? "/v1/approvals/{approvalId}/approve" : "/v1/approvals/{approvalId}/reject";
      await unwrap(
        api.POST(path, {
          params: { path: { approvalId: deciding.id } },
          body: note.trim() ? { note: note.trim() } : {},
        }),
      );
      setNotice(`${decision === "approve" ? m.approvals.approved : m.approvals.rejected}: ${deciding.id}`);
      setDeciding(null);
      setNote("");
      pending.reload();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <Typography.Paragraph>{m.approvals.intro}</Typography.Paragraph>
      <div aria-live="polite" className="pc-cards-status">
        <ProblemAlert error={pending.error} />
        {notice ? <Alert type="success" showIcon data-testid="approvals-notice" message={notice} /> : null}
      </div>
      <Table<Approval>
        className="pc-cards-table"
        rowKey="id"
        size="small"
        loading={pending.loading}
        dataSource={mine}
        pagination={false}
        locale={{ emptyText: <span className="pc-cards-empty">{m.approvals.none}</span> }}
        columns={[
          {
            title: m.approvals.kind,
            dataIndex: "kind",
            render: (k: string) => (
              <Tag className="pc-cards-tag" color="blue">
                {m.approvals.kinds[k] ?? k}
              </Tag>
            ),
          },
          { title: m.approvals.summary, key: "summary", render: (_, a) => m.approvalSummary(a) },
          { title: m.approvals.maker, key: "maker", render: (_, a) => <StaffName who={a.maker} /> },
          { title: m.common.time, dataIndex: "createdAt", render: (v: string) => shanghaiTime(v, lang) },
          {
            title: m.common.actions,
            key: "decide",
            render: (_, a) =>
              a.makerId === me?.id ? (
                <Typography.Text data-testid="own-request">{m.approvals.own}</Typography.Text>
              ) : (
                <Button
                  size="small"
                  type="primary"
                  onClick={() => {
                    setError(null);
                    setNotice(null);
                    setDeciding(a);
                  }}
                  aria-label={`${m.approvals.decide} ${a.id}`}
                >
                  {m.approvals.decide}
                </Button>
              ),
          },
        ]}
      />
      <Modal
        open={!!deciding}
        title={deciding ? `${m.approvals.kinds[deciding.kind] ?? deciding.kind} · ${deciding.id}` : ""}
        onCancel={() => setDeciding(null)}
        footer={
          <Space>
            <Button onClick={() => setDeciding(null)}>{m.approvals.cancel}</Button>
            <Button loading={busy} onClick={() => void decide("reject")}>
              {m.approvals.reject}
            </Button>
            <Button type="primary" loading={busy} onClick={() => void decide("approve")}>
              {m.approvals.approve}
            </Button>
          </Space>
        }
      >
        <Typography.Paragraph data-testid="deciding-summary">
          {deciding ? m.approvalSummary(deciding) : null}
        </Typography.Paragraph>
        {deciding ? <CorrectionFacts approval={deciding} /> : null}
        <label htmlFor="decisionNote">{m.approvals.note}</label>
        <Input.TextArea
          id="decisionNote"
          rows={3}
          maxLength={500}
          value={note}
          onChange={(e) => setNote(e.target.value)}
          autoFocus
        />
        <div aria-live="assertive" className="pc-cards-status">
          <ProblemAlert error={error} />
        </div>
      </Modal>
    </>
  );
}
