import { Button, Table, Typography } from "antd";
import { useEffect, useState } from "react";
import { api, type Schemas, unwrap } from "../../api/client.ts";
import { formatFen, showCardNo } from "../../lib/card-input.ts";
import { Receipt, SaleReceipt } from "../../receipts/Receipt.tsx";
import { useLang } from "../../session/use-session.ts";
import { ProblemAlert } from "../../shell/ProblemAlert.tsx";

type Sale = Schemas["CardSale"];

/** Today's Asia/Shanghai business day as YYYY-MM-DD (the API's business days are Beijing dates). */
export const todayInShanghai = () =>
  new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(new Date());

/** The sales of the clerk's outlet today, their total, and a receipt for any of them. */
export default function TodaySales() {
  const { lang, m } = useLang();
  const [sales, setSales] = useState<Sale[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [receipt, setReceipt] = useState<Sale | null>(null);
  const businessDate = todayInShanghai();

  useEffect(() => {
    (async () => {
      const all: Sale[] = [];
      let cursor: string | undefined;
      do {
        const page = await unwrap(
          api.GET("/v1/card-sales", { params: { query: { businessDate, limit: 100, cursor } } }),
        );
        all.push(...page.data);
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      setSales(all);
    })().catch(setError);
  }, [businessDate]);

  const totalCards = sales?.reduce((n, s) => n + s.cardCount, 0) ?? 0;
  const totalFen = sales?.reduce((n, s) => n + s.amountFen, 0) ?? 0;

  return (
    <>
      <Typography.Paragraph>
        {m.sales.date}: <span data-testid="business-date">{businessDate}</span>
      </Typography.Paragraph>
      <ProblemAlert error={error} />
      <Table<Sale>
        rowKey="id"
        loading={!sales && !error}
        dataSource={sales ?? []}
        pagination={false}
        locale={{ emptyText: m.sales.empty }}
        columns={[
          {
            title: m.sales.time,
            dataIndex: "createdAt",
            render: (v: string) =>
              new Date(v).toLocaleTimeString(lang, { timeZone: "Asia/Shanghai", hour12: false }),
          },
          { title: m.sales.firstCardNo, dataIndex: "firstCardNo", render: showCardNo },
          { title: m.sales.lastCardNo, dataIndex: "lastCardNo", render: showCardNo },
          { title: m.sales.count, dataIndex: "cardCount", align: "right" },
          { title: m.sales.amount, dataIndex: "amountFen", align: "right", render: formatFen },
          {
            title: m.sales.print,
            key: "print",
            render: (_, sale) => (
              <Button
                size="small"
                onClick={() => setReceipt(sale)}
                aria-label={`${m.sales.print} ${sale.id}`}
              >
                {m.sales.print}
              </Button>
            ),
          },
        ]}
        summary={() => (
          <Table.Summary.Row>
            <Table.Summary.Cell index={0} colSpan={3}>
              <strong>{m.sales.total}</strong>
            </Table.Summary.Cell>
            <Table.Summary.Cell index={3} align="right">
              <strong data-testid="total-cards">{totalCards}</strong>
            </Table.Summary.Cell>
            <Table.Summary.Cell index={4} align="right">
              <strong data-testid="total-amount">{formatFen(totalFen)}</strong>
            </Table.Summary.Cell>
            <Table.Summary.Cell index={5} />
          </Table.Summary.Row>
        )}
      />
      {receipt ? (
        <>
          <Button type="primary" className="pc-no-print pc-print-button" onClick={() => window.print()}>
            {m.receipt.print}
          </Button>
          <Receipt>
            <SaleReceipt sale={receipt} />
          </Receipt>
        </>
      ) : null}
    </>
  );
}
