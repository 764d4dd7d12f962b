import { Alert, Button, Descriptions, Form, Input, Radio, Typography } from "antd";
import { useState } from "react";
import { api, type Schemas, unwrap } from "../../api/client.ts";
import { formatFen } from "../../lib/card-input.ts";
import { shanghaiTime } from "../../lib/shanghai-time.ts";
import { useAction } from "../../lib/use-action.ts";
import { useIdempotencyKey } from "../../lib/use-idempotency-key.ts";
import { useLoad } from "../../lib/use-load.ts";
import { useLang, useSession } from "../../session/use-session.ts";
import { ProblemAlert } from "../../shell/ProblemAlert.tsx";
import { ReversalCaseTable } from "./CaseTables.tsx";

type Preview = Schemas["ReversalPreview"];

/**
 * 冲正申请: the clerk finds the recharge by its 流水号 or card number, sees both customers' masked
 * names (the API's preview), gives the reason and the evidence, and submits. The fund
 * administrator approves it in the 审批待办 inbox; the list below shows every case on the line.
 */
export default function ReversalRequest() {
  const { lang, m } = useLang();
  const c = m.corrections;
  const session = useSession();
  const canOpen = session.status === "signed-in" && session.me.roles.includes("clerk");
  const cases = useLoad(
    async () => (await unwrap(api.GET("/v1/reversal-cases", { params: { query: {} } }))).data,
  );

  const [ref, setRef] = useState("");
  const [destination, setDestination] = useState<"customer" | "source">("customer");
  const [toCustomerNo, setTo] = useState("");
  const [reason, setReason] = useState("");
  const [evidence, setEvidence] = useState("");
  const [preview, setPreview] = useState<Preview | null>(null);
  const [touched, setTouched] = useState(false);
  const action = useAction(cases.reload);
  const input = {
    ref: ref.trim(),
    destination,
    toCustomerNo: toCustomerNo.trim(),
    reason: reason.trim(),
    evidence: evidence.trim(),
  };
  const idempotency = useIdempotencyKey(input);

  const lookUp = () =>
    action.run(
      "lookUp",
      async () => {
        setPreview(null);
        const to =
          destination === "customer" && /^\d{10}$/.test(input.toCustomerNo) ? input.toCustomerNo : undefined;
        setPreview(
          await unwrap(
            api.GET("/v1/reversal-previews", { params: { query: { ref: input.ref, toCustomerNo: to } } }),
          ),
        );
      },
      "",
    );

  const ready =
    preview &&
    input.reason &&
    input.evidence &&
    (destination === "source" || /^\d{10}$/.test(input.toCustomerNo));
  const submit = () => {
    setTouched(true);
    if (!ready) return;
    return action.run(
      "submit",
      async () => {
        await unwrap(
          api.POST("/v1/reversal-cases", {
            params: { header: { "Idempotency-Key": idempotency.key } },
            body: {
              ref: input.ref,
              destination,
              ...(destination === "customer" ? { toCustomerNo: input.toCustomerNo } : {}),
              reason: input.reason,
              evidence: input.evidence,
            },
          }),
        );
        setPreview(null);
      },
      c.submitted,
    );
  };

  return (
    <>
      <Typography.Paragraph>{c.reversalIntro}</Typography.Paragraph>
      {canOpen ? (
        <Form layout="vertical" className="pc-funds-form" onSubmitCapture={(e) => e.preventDefault()}>
          <Form.Item label={c.ref} htmlFor="rvc-ref">
            <Input.Search
              id="rvc-ref"
              value={ref}
              maxLength={64}
              onChange={(e) => setRef(e.target.value)}
              onSearch={() => void lookUp()}
              enterButton={c.lookUp}
              loading={action.busy === "lookUp"}
              autoFocus
            />
          </Form.Item>
          <Form.Item label={c.destination}>
            <Radio.Group
              value={destination}
              onChange={(e) => setDestination(e.target.value)}
              aria-label={c.destination}
            >
              <Radio value="customer">{c.toCustomer}</Radio>
              <Radio value="source">{c.toSource}</Radio>
            </Radio.Group>
          </Form.Item>
          {destination === "customer" ? (
            <Form.Item label={c.toCustomerNo} htmlFor="rvc-to">
              <Input.Search
                id="rvc-to"
                inputMode="numeric"
                maxLength={10}
                value={toCustomerNo}
                onChange={(e) => setTo(e.target.value.replace(/\D/g, ""))}
                onSearch={() => void lookUp()}
                enterButton={c.lookUp}
              />
            </Form.Item>
          ) : null}
          {preview ? (
            <Descriptions bordered size="small" column={1} data-testid="reversal-preview" title={c.credit}>
              <Descriptions.Item label={c.credit}>
                {preview.creditId}
                {preview.cardNo ? ` · ${preview.cardNo}` : ""}
              </Descriptions.Item>
              <Descriptions.Item label={c.amount}>¥{formatFen(preview.amountFen)}</Descriptions.Item>
              <Descriptions.Item label={c.creditedAt}>
                {shanghaiTime(preview.creditedAt, lang)}
              </Descriptions.Item>
              <Descriptions.Item label={c.from}>
                {preview.from.customerNo} · <span data-testid="from-name">{preview.from.customerName}</span> ·{" "}
                {c.balance} ¥{formatFen(preview.from.balanceFen)}
              </Descriptions.Item>
              {preview.to ? (
                <Descriptions.Item label={c.toCustomerNo}>
                  {preview.to.customerNo} · <span data-testid="to-name">{preview.to.customerName}</span>
                  {preview.to.closed ? ` · ${c.closed}` : ""}
                </Descriptions.Item>
              ) : null}
            </Descriptions>
          ) : null}
          {preview && (!preview.withinWindow || !preview.unspent || preview.openCaseId) ? (
            <Alert
              type="warning"
              showIcon
              message={[
                preview.withinWindow ? null : c.notWithinWindow,
                preview.unspent ? null : c.spent,
                preview.openCaseId ? `${c.hasCase} ${preview.openCaseId}` : null,
              ]
                .filter(Boolean)
                .join("；")}
            />
          ) : null}
          <Form.Item
            label={c.reason}
            htmlFor="rvc-reason"
            validateStatus={touched && !input.reason ? "error" : undefined}
          >
            <Input
              id="rvc-reason"
              maxLength={500}
              value={reason}
              onChange={(e) => setReason(e.target.value)}
            />
          </Form.Item>
          <Form.Item
            label={c.evidence}
            htmlFor="rvc-evidence"
            validateStatus={touched && !input.evidence ? "error" : undefined}
          >
            <Input
              id="rvc-evidence"
              maxLength={500}
              value={evidence}
              onChange={(e) => setEvidence(e.target.value)}
            />
          </Form.Item>
          <Button
            type="primary"
            onClick={() => void submit()}
            loading={action.busy === "submit"}
            disabled={!preview}
          >
            {c.submit}
          </Button>
          {touched && !ready ? <Typography.Paragraph type="danger">{c.required}</Typography.Paragraph> : null}
        </Form>
      ) : null}
      <div aria-live="polite" className="pc-cards-status">
        <ProblemAlert error={action.error ?? cases.error} />
        {action.notice ? (
          <Alert type="success" showIcon data-testid="reversal-notice" message={action.notice} />
        ) : null}
      </div>
      <h2 className="pc-funds-section-title">{c.cases}</h2>
      <ReversalCaseTable rows={cases.data ?? []} loading={cases.loading} />
    </>
  );
}
