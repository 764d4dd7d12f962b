import { api, type Schemas, unwrap } from "../../api/client.ts";
import { formatFen, showCardNo } from "../../lib/card-input.ts";
import { RechargeReceipt } from "../../receipts/Receipt.tsx";
import { useLang } from "../../session/use-session.ts";
import { TodayTable } from "./TodayTable.tsx";

type Recharge = Schemas["CounterRecharge"];

/** The clerk's own counter recharges today, their total, and a reprint of any receipt. */
export default function TodayRecharges() {
  const { m } = useLang();
  const t = m.custody.todayRecharges;
  return (
    <TodayTable<Recharge>
      intro={t.intro}
      page={(businessDate, cursor) =>
        unwrap(api.GET("/v1/recharges", { params: { query: { businessDate, limit: 100, cursor } } }))
      }
      empty={t.empty}
      timeTitle={t.time}
      columns={[
        { title: t.customerNo, dataIndex: "customerNo" },
        { title: t.customerName, dataIndex: "customerName" },
        { title: t.cardNo, dataIndex: "cardNo", render: showCardNo },
        { title: t.amount, dataIndex: "amountFen", align: "right", render: formatFen },
      ]}
      totalLabel={t.total}
      totals={(list) => [
        <span key="amount" data-testid="total-amount">
          {formatFen(list.reduce((n, r) => n + r.amountFen, 0))}
        </span>,
      ]}
      printLabel={t.reprint}
      receipt={(r) => <RechargeReceipt recharge={r} customerName={r.customerName} />}
    />
  );
}
