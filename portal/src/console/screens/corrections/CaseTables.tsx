import { Table, Tag } from "antd";
import type { Schemas } from "../../api/client.ts";
import { formatFen } from "../../lib/card-input.ts";
import { shanghaiTime } from "../../lib/shanghai-time.ts";
import { useLang } from "../../session/use-session.ts";
import { RefundPayout } from "./RefundPayout.tsx";

const STATE_COLOR: Record<string, string> = { pending: "gold", executed: "green", rejected: "default" };

/** The state of a correction case as a tag, in the screen's language. */
export function CaseState({ state }: { state: string }) {
  const { m } = useLang();
  return (
    <Tag className="pc-cards-tag" color={STATE_COLOR[state]}>
      {m.corrections.state[state] ?? state}
    </Tag>
  );
}

export function ReversalCaseTable({ rows, loading }: { rows: Schemas["ReversalCase"][]; loading: boolean }) {
  const { lang, m } = useLang();
  const c = m.corrections;
  return (
    <Table<Schemas["ReversalCase"]>
      className="pc-cards-table"
      data-testid="reversal-cases"
      rowKey="id"
      size="small"
      loading={loading}
      dataSource={rows}
      pagination={false}
      columns={[
        { title: m.common.time, dataIndex: "openedAt", render: (v: string) => shanghaiTime(v, lang) },
        { title: c.credit, dataIndex: "creditId" },
        { title: c.from, key: "from", render: (_, r) => `${r.fromCustomerNo} ${r.fromCustomerName}` },
        {
          title: c.destination,
          key: "to",
          render: (_, r) => (r.toCustomerNo ? `${r.toCustomerNo} ${r.toCustomerName ?? ""}` : c.toSource),
        },
        { title: c.amount, dataIndex: "amountFen", align: "right", render: (v: number) => formatFen(v) },
        { title: c.reason, dataIndex: "reason" },
        { title: m.common.state, dataIndex: "state", render: (s: string) => <CaseState state={s} /> },
      ]}
    />
  );
}

export function RefundCaseTable({
  rows,
  loading,
  canRecordPayout,
  onChanged,
}: {
  rows: Schemas["RefundCase"][];
  loading: boolean;
  /** A fund administrator may record the payout of an executed case. */
  canRecordPayout: boolean;
  onChanged: () => void;
}) {
  const { lang, m } = useLang();
  const c = m.corrections;
  return (
    <Table<Schemas["RefundCase"]>
      className="pc-cards-table"
      data-testid="refund-cases"
      rowKey="id"
      size="small"
      loading={loading}
      dataSource={rows}
      pagination={false}
      columns={[
        { title: m.common.time, dataIndex: "openedAt", render: (v: string) => shanghaiTime(v, lang) },
        { title: c.customerNo, key: "who", render: (_, r) => `${r.customerNo} ${r.customerName}` },
        { title: c.amount, dataIndex: "amountFen", align: "right", render: (v: number) => formatFen(v) },
        {
          title: c.payoutMethod,
          key: "method",
          render: (_, r) => `${c.methods[r.payoutMethod] ?? r.payoutMethod} ${r.bankAccountMasked ?? ""}`,
        },
        { title: c.payoutReference, dataIndex: "payoutReference" },
        { title: m.common.state, dataIndex: "state", render: (s: string) => <CaseState state={s} /> },
        {
          title: c.payout,
          key: "payout",
          render: (_, r) => <RefundPayout row={r} canRecord={canRecordPayout} onRecorded={onChanged} />,
        },
      ]}
    />
  );
}
