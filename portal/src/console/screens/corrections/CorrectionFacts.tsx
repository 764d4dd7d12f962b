import { Descriptions } from "antd";
import { api, type Schemas, unwrap } from "../../api/client.ts";
import { formatFen } from "../../lib/card-input.ts";
import { useLoad } from "../../lib/use-load.ts";
import { useLang } from "../../session/use-session.ts";

type Approval = Schemas["Approval"];

/**
 * What the checker decides on, for a correction's approval: the case as the API holds it (both
 * masked names, the amount, the reason and the evidence), read from the case the request names.
 */
export function CorrectionFacts({ approval }: { approval: Approval }) {
  if (approval.kind === "credit_reversal") return <ReversalFacts id={approval.objectId} />;
  if (approval.kind === "account_refund") return <RefundFacts id={approval.objectId} />;
  return null;
}

function ReversalFacts({ id }: { id: string }) {
  const { m } = useLang();
  const c = m.corrections;
  const got = useLoad(() => unwrap(api.GET("/v1/reversal-cases/{id}", { params: { path: { id } } })));
  const r = got.data;
  if (!r) return null;
  return (
    <Descriptions bordered size="small" column={1} title={c.facts} data-testid="correction-facts">
      <Descriptions.Item label={c.credit}>
        {r.creditId}
        {r.cardNo ? ` · ${r.cardNo}` : ""}
      </Descriptions.Item>
      <Descriptions.Item label={c.amount}>¥{formatFen(r.amountFen)}</Descriptions.Item>
      <Descriptions.Item label={c.from}>
        {r.fromCustomerNo} · {r.fromCustomerName}
      </Descriptions.Item>
      <Descriptions.Item label={c.destination}>
        {r.toCustomerNo ? `${r.toCustomerNo} · ${r.toCustomerName ?? ""}` : c.toSource}
      </Descriptions.Item>
      <Descriptions.Item label={c.reason}>{r.reason}</Descriptions.Item>
      <Descriptions.Item label={c.evidence}>{r.evidence}</Descriptions.Item>
    </Descriptions>
  );
}

function RefundFacts({ id }: { id: string }) {
  const { m } = useLang();
  const c = m.corrections;
  const got = useLoad(() => unwrap(api.GET("/v1/refund-cases/{id}", { params: { path: { id } } })));
  const r = got.data;
  if (!r) return null;
  return (
    <Descriptions bordered size="small" column={1} title={c.facts} data-testid="correction-facts">
      <Descriptions.Item label={c.customerNo}>
        {r.customerNo} · {r.customerName}
      </Descriptions.Item>
      <Descriptions.Item label={c.amount}>¥{formatFen(r.amountFen)}</Descriptions.Item>
      <Descriptions.Item label={c.payoutMethod}>
        {c.methods[r.payoutMethod]} {r.bankAccountMasked ?? ""}
      </Descriptions.Item>
      <Descriptions.Item label={c.payoutReference}>{r.payoutReference}</Descriptions.Item>
      <Descriptions.Item label={c.reason}>{r.reason}</Descriptions.Item>
    </Descriptions>
  );
}
