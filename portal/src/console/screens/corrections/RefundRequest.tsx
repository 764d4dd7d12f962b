import { Alert, Button, Form, Input, Select, Typography } from "antd";
import { useState } from "react";
import { api, unwrap } from "../../api/client.ts";
import { useAction } from "../../lib/use-action.ts";
import { useIdempotencyKey } from "../../lib/use-idempotency-key.ts";
import { useLoad } from "../../lib/use-load.ts";
import { useLang, useSession } from "../../session/use-session.ts";
import { ProblemAlert } from "../../shell/ProblemAlert.tsx";
import { RefundCaseTable } from "./CaseTables.tsx";

/**
 * 退费申请: a closed account's balance refunded through a case — the customer number, the payout
 * method (a bank transfer, of which only the last four digits are kept, or cash) and its reference.
 * The fund administrator approves it in the 审批待办 inbox.
 */
export default function RefundRequest() {
  const { m } = useLang();
  const c = m.corrections;
  const session = useSession();
  const canOpen = session.status === "signed-in" && session.me.roles.includes("clerk");
  const canRecordPayout = session.status === "signed-in" && session.me.roles.includes("fund_admin");
  const cases = useLoad(
    async () => (await unwrap(api.GET("/v1/refund-cases", { params: { query: {} } }))).data,
  );
  const [customerNo, setCustomerNo] = useState("");
  const [payoutMethod, setMethod] = useState<"bank_transfer" | "cash">("bank_transfer");
  const [bankAccount, setBankAccount] = useState("");
  const [payoutReference, setReference] = useState("");
  const [reason, setReason] = useState("");
  const [touched, setTouched] = useState(false);
  const action = useAction(cases.reload);
  const input = {
    customerNo,
    payoutMethod,
    bankAccount,
    payoutReference: payoutReference.trim(),
    reason: reason.trim(),
  };
  const idempotency = useIdempotencyKey(input);
  const ready =
    /^\d{10}$/.test(customerNo) &&
    input.payoutReference &&
    input.reason &&
    (payoutMethod === "cash" || /^\d{8,32}$/.test(bankAccount));

  const submit = () => {
    setTouched(true);
    if (!ready) return;
    return action.run(
      "submit",
      () =>
        unwrap(
          api.POST("/v1/refund-cases", {
            params: { header: { "Idempotency-Key": idempotency.key } },
            body: {
              customerNo,
              payoutMethod,
              ...(payoutMethod === "bank_transfer" ? { bankAccount } : {}),
              payoutReference: input.payoutReference,
              reason: input.reason,
            },
          }),
        ),
      c.submitted,
    );
  };

  return (
    <>
      <Typography.Paragraph>{c.refundIntro}</Typography.Paragraph>
      {canOpen ? (
        <Form layout="vertical" className="pc-funds-form" onSubmitCapture={(e) => e.preventDefault()}>
          <Form.Item label={c.customerNo} htmlFor="rfc-customer">
            <Input
              id="rfc-customer"
              inputMode="numeric"
              maxLength={10}
              value={customerNo}
              onChange={(e) => setCustomerNo(e.target.value.replace(/\D/g, ""))}
              autoFocus
            />
          </Form.Item>
          <Form.Item label={c.payoutMethod} htmlFor="rfc-method">
            <Select
              id="rfc-method"
              value={payoutMethod}
              onChange={setMethod}
              options={(["bank_transfer", "cash"] as const).map((v) => ({ value: v, label: c.methods[v] }))}
            />
          </Form.Item>
          {payoutMethod === "bank_transfer" ? (
            <Form.Item label={c.bankAccount} htmlFor="rfc-bank">
              <Input
                id="rfc-bank"
                inputMode="numeric"
                maxLength={32}
                value={bankAccount}
                onChange={(e) => setBankAccount(e.target.value.replace(/\D/g, ""))}
                autoComplete="off"
              />
            </Form.Item>
          ) : null}
          <Form.Item label={c.payoutReference} htmlFor="rfc-reference">
            <Input
              id="rfc-reference"
              maxLength={64}
              value={payoutReference}
              onChange={(e) => setReference(e.target.value)}
            />
          </Form.Item>
          <Form.Item label={c.reason} htmlFor="rfc-reason">
            <Input
              id="rfc-reason"
              maxLength={500}
              value={reason}
              onChange={(e) => setReason(e.target.value)}
            />
          </Form.Item>
          <Button type="primary" onClick={() => void submit()} loading={action.busy === "submit"}>
            {c.refundSubmit}
          </Button>
          {touched && !ready ? <Typography.Paragraph type="danger">{c.required}</Typography.Paragraph> : null}
        </Form>
      ) : null}
      <div aria-live="polite" className="pc-cards-status">
        <ProblemAlert error={action.error ?? cases.error} />
        {action.notice ? (
          <Alert type="success" showIcon data-testid="refund-notice" message={action.notice} />
        ) : null}
      </div>
      <h2 className="pc-funds-section-title">{c.refundCases}</h2>
      <RefundCaseTable
        rows={cases.data ?? []}
        loading={cases.loading}
        canRecordPayout={canRecordPayout}
        onChanged={cases.reload}
      />
    </>
  );
}
