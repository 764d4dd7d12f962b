import { Button, Input, Space, Typography } from "antd";
import { useState } from "react";
import { api, type Schemas, unwrap } from "../../api/client.ts";
import { shanghaiTime } from "../../lib/shanghai-time.ts";
import { useAction } from "../../lib/use-action.ts";
import { useIdempotencyKey } from "../../lib/use-idempotency-key.ts";
import { useLang } from "../../session/use-session.ts";
import { ProblemAlert } from "../../shell/ProblemAlert.tsx";

/**
 * A refund case's payout (退费支付): the voucher and time once recorded; for an executed case not
 * paid yet, a fund administrator records the bank transfer's reference or the signed cash voucher.
 * The API refuses the clerk who opened the case, and a second payout.
 */
export function RefundPayout({
  row,
  canRecord,
  onRecorded,
}: {
  row: Schemas["RefundCase"];
  canRecord: boolean;
  onRecorded: () => void;
}) {
  const { lang, m } = useLang();
  const c = m.corrections;
  const [voucher, setVoucher] = useState("");
  const action = useAction(onRecorded);
  const idempotency = useIdempotencyKey({ id: row.id, voucher: voucher.trim() });

  if (row.payout)
    return (
      <span data-testid={`payout-${row.id}`}>
        {row.payout.voucher} · {shanghaiTime(row.payout.paidOutAt, lang)}
      </span>
    );
  if (row.state !== "executed") return <span>{c.notPaid}</span>;
  if (!canRecord) return <span>{c.awaitingPayout}</span>;
  const record = () =>
    action.run(
      "payout",
      () =>
        unwrap(
          api.POST("/v1/refund-cases/{id}/payout", {
            params: { path: { id: row.id }, header: { "Idempotency-Key": idempotency.key } },
            body: { voucher: voucher.trim() },
          }),
        ),
      c.payoutRecorded,
    );
  return (
    <Space direction="vertical" size="small">
      <Space.Compact>
        <Input
          aria-label={`${c.payoutVoucher} ${row.customerNo}`}
          placeholder={c.payoutVoucher}
          maxLength={64}
          value={voucher}
          onChange={(e) => setVoucher(e.target.value)}
        />
        <Button
          type="primary"
          disabled={!voucher.trim()}
          loading={action.busy === "payout"}
          onClick={() => void record()}
        >
          {c.recordPayout}
        </Button>
      </Space.Compact>
      <ProblemAlert error={action.error} />
      {action.notice ? <Typography.Text type="success">{action.notice}</Typography.Text> : null}
    </Space>
  );
}
