import { Button, Table, Typography } from "antd";
import { useEffect, useState } from "react";
import { api, type Schemas, unwrap } from "../../api/client.ts";
import { formatFen, showCardNo } from "../../lib/card-input.ts";
import { Receipt, RechargeReceipt } from "../../receipts/Receipt.tsx";
import { useLang } from "../../session/use-session.ts";
import { ProblemAlert } from "../../shell/ProblemAlert.tsx";
import { todayInShanghai } from "./TodaySales.tsx";

type Recharge = Schemas["CounterRecharge"];

/** The clerk's own counter recharges today, their total, and a reprint of any receipt. */
export default function TodayRecharges() {
  const { lang, m } = useLang();
  const t = m.custody.todayRecharges;
  const [list, setList] = useState<Recharge[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [receipt, setReceipt] = useState<Recharge | null>(null);
  const businessDate = todayInShanghai();

  useEffect(() => {
    (async () => {
      const all: Recharge[] = [];
      let cursor: string | undefined;
      do {
        const page = await unwrap(
          api.GET("/v1/recharges", { params: { query: { businessDate, limit: 100, cursor } } }),
        );
        all.push(...page.data);
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      setList(all);
    })().catch(setError);
  }, [businessDate]);

  const totalFen = list?.reduce((n, r) => n + r.amountFen, 0) ?? 0;

  return (
    <>
      <Typography.Paragraph>
        {t.intro} {m.sales.date}: <span data-testid="business-date">{businessDate}</span>
      </Typography.Paragraph>
      <ProblemAlert error={error} />
      <Table<Recharge>
        rowKey="id"
        loading={!list && !error}
        dataSource={list ?? []}
        pagination={false}
        locale={{ emptyText: t.empty }}
        columns={[
          {
            title: t.time,
            dataIndex: "createdAt",
            render: (v: string) =>
              new Date(v).toLocaleTimeString(lang, { timeZone: "Asia/Shanghai", hour12: false }),
          },
          { title: t.customerNo, dataIndex: "customerNo" },
          { title: t.customerName, dataIndex: "customerName" },
          { title: t.cardNo, dataIndex: "cardNo", render: showCardNo },
          { title: t.amount, dataIndex: "amountFen", align: "right", render: formatFen },
          {
            title: t.reprint,
            key: "reprint",
            render: (_, r) => (
              <Button size="small" onClick={() => setReceipt(r)} aria-label={`${t.reprint} ${r.id}`}>
                {t.reprint}
              </Button>
            ),
          },
        ]}
        summary={() => (
          <Table.Summary.Row>
            <Table.Summary.Cell index={0} colSpan={4}>
              <strong>{t.total}</strong>
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
          <Button
            type="primary"
            className="pc-no-print pc-print-button"
            autoFocus
            onClick={() => window.print()}
          >
            {m.receipt.print}
          </Button>
          <Receipt>
            <RechargeReceipt recharge={receipt} customerName={receipt.customerName} />
          </Receipt>
        </>
      ) : null}
    </>
  );
}
