import { api, type Schemas, unwrap } from "../../api/client.ts";
import { formatFen, showCardNo } from "../../lib/card-input.ts";
import { SaleReceipt } from "../../receipts/Receipt.tsx";
import { useLang } from "../../session/use-session.ts";
import { TodayTable } from "./TodayTable.tsx";

type Sale = Schemas["CardSale"];

/** The sales of the clerk's outlet today, their total, and a receipt for any of them. */
export default function TodaySales() {
  const { m } = useLang();
  return (
    <TodayTable<Sale>
      page={(businessDate, cursor) =>
        unwrap(api.GET("/v1/card-sales", { params: { query: { businessDate, limit: 100, cursor } } }))
      }
      empty={m.sales.empty}
      timeTitle={m.sales.time}
      columns={[
        { title: m.sales.firstCardNo, dataIndex: "firstCardNo", render: showCardNo },
        { title: m.sales.lastCardNo, dataIndex: "lastCardNo", render: showCardNo },
        { title: m.sales.count, dataIndex: "cardCount", align: "right" },
        { title: m.sales.amount, dataIndex: "amountFen", align: "right", render: formatFen },
      ]}
      totalLabel={m.sales.total}
      totals={(sales) => [
        <span key="cards" data-testid="total-cards">
          {sales.reduce((n, s) => n + s.cardCount, 0)}
        </span>,
        <span key="amount" data-testid="total-amount">
          {formatFen(sales.reduce((n, s) => n + s.amountFen, 0))}
        </span>,
      ]}
      printLabel={m.sales.print}
      receipt={(sale) => <SaleReceipt sale={sale} />}
    />
  );
}
