import { Alert, Button, Descriptions, Typography } from "antd";
import { useState } from "react";
import { api, type Schemas, unwrap } from "../../api/client.ts";
import { useLang } from "../../session/use-session.ts";
import { ProblemAlert } from "../../shell/ProblemAlert.tsx";
import { showTime } from "./AuditTrail.tsx";

type Report = Schemas["AuditChainReport"];

/**
 * Recomputes the audit hash chain (the API walks it) and says plainly what it found: intact up to
 * the last sealed event and its time, or where it broke, why, and up to where it can be trusted.
 */
export default function AuditVerify() {
  const { lang, m } = useLang();
  const t = m.audit;
  const [report, setReport] = useState<{ report: Report; at: string } | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  async function verify() {
    setBusy(true);
    setError(null);
    try {
      const r = await unwrap(api.GET("/v1/audit/verify"));
      setReport({ report: r, at: new Date().toISOString() });
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  const r = report?.report;
  const upTo = r?.lastIntact ? showTime(r.lastIntact.occurredAt, lang) : "";
  return (
    <>
      <Typography.Paragraph>{t.verifyIntro}</Typography.Paragraph>
      <Button type="primary" onClick={() => void verify()} loading={busy} className="pc-verify-button">
        {busy ? t.verifying : t.verifyButton}
      </Button>
      <ProblemAlert error={error} />
      {r ? (
        <div
          className="pc-verify-result"
          data-testid="chain-result"
          data-ok={String(r.ok)}
          aria-live="polite"
        >
          {r.ok ? (
            <Alert
              type="success"
              showIcon
              message={t.intactTitle}
              description={r.lastIntact ? t.intact(r.checked, upTo) : t.intactEmpty}
            />
          ) : (
            <Alert
              type="error"
              showIcon
              role="alert"
              message={t.brokenTitle(r.firstBroken?.position ?? r.checked + 1)}
              description={
                <>
                  <p>{t.reasons[r.firstBroken?.reason ?? ""] ?? r.firstBroken?.reason}</p>
                  <p>{r.lastIntact ? t.brokenIntact(r.checked, upTo) : t.brokenNothing}</p>
                </>
              }
            />
          )}
          <Descriptions bordered column={1} size="small" className="pc-verify-facts">
            {r.firstBroken?.eventId ? (
              <Descriptions.Item label={t.brokenEvent}>
                <code data-testid="broken-event">{r.firstBroken.eventId}</code>
              </Descriptions.Item>
            ) : null}
            {r.lastIntact ? (
              <Descriptions.Item label={t.lastIntact}>
                <code>{r.lastIntact.eventId}</code>（#{r.lastIntact.position}）
              </Descriptions.Item>
            ) : null}
            <Descriptions.Item label={t.checkedAt}>
              {report ? showTime(report.at, lang) : ""}
            </Descriptions.Item>
          </Descriptions>
          {r.unsealed > 0 ? <Alert type="info" showIcon message={t.unsealed(r.unsealed)} /> : null}
        </div>
      ) : null}
    </>
  );
}
