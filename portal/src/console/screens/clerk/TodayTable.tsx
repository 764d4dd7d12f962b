import { Button, Table, type TableColumnsType, Typography } from "antd";
import { type ReactNode, useState } from "react";
import { shanghaiClock, shanghaiToday } from "../../lib/shanghai-time.ts";
import { allPages, useLoad } from "../../lib/use-load.ts";
import { Receipt } from "../../receipts/Receipt.tsx";
import { useLang } from "../../session/use-session.ts";
import { ProblemAlert } from "../../shell/ProblemAlert.tsx";

type Page<T> = { data: T[]; nextCursor?: string | null };

/**
 * One of the clerk's lists of today (sales, recharges): every page of today's rows, the time of
 * each in Beijing, the totals in the summary row, and a receipt to print again for any row.
 */
export function TodayTable<T extends { id: string; createdAt: string }>({
  intro,
  page,
  empty,
  timeTitle,
  columns,
  totalLabel,
  totals,
  printLabel,
  receipt,
}: {
  intro?: string;
  page(businessDate: string, cursor: string | undefined): Promise<Page<T>>;
  empty: string;
  timeTitle: string;
  columns: TableColumnsType<T>;
  totalLabel: string;
  /** The summary cells under the last of `columns`, from the rows shown. */
  totals(rows: T[]): ReactNode[];
  printLabel: string;
  receipt(row: T): ReactNode;
}) {
  const { lang, m } = useLang();
  const businessDate = shanghaiToday();
  const rows = useLoad(() => allPages((cursor) => page(businessDate, cursor)), [businessDate]);
  const [printing, setPrinting] = useState<T | null>(null);
  const cells = totals(rows.data ?? []);
  const labelSpan = 1 + columns.length - cells.length;

  return (
    <>
      <Typography.Paragraph>
        {intro ? `${intro} ` : null}
        {m.sales.date}: <span data-testid="business-date">{businessDate}</span>
      </Typography.Paragraph>
      <ProblemAlert error={rows.error} />
      <Table<T>
        rowKey="id"
        loading={rows.loading}
        dataSource={rows.data ?? []}
        pagination={false}
        locale={{ emptyText: empty }}
        columns={[
          { title: timeTitle, dataIndex: "createdAt", render: (v: string) => shanghaiClock(v, lang) },
          ...columns,
          {
            title: printLabel,
            key: "print",
            render: (_, row) => (
              <Button size="small" onClick={() => setPrinting(row)} aria-label={`${printLabel} ${row.id}`}>
                {printLabel}
              </Button>
            ),
          },
        ]}
        summary={() => (
          <Table.Summary.Row>
            <Table.Summary.Cell index={0} colSpan={labelSpan}>
              <strong>{totalLabel}</strong>
            </Table.Summary.Cell>
            {cells.map((cell, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: the cells are columns, fixed in order
              <Table.Summary.Cell key={i} index={labelSpan + i} align="right">
                <strong>{cell}</strong>
              </Table.Summary.Cell>
            ))}
            <Table.Summary.Cell index={labelSpan + cells.length} />
          </Table.Summary.Row>
        )}
      />
      {printing ? (
        <>
          <Button
            type="primary"
            className="pc-no-print pc-print-button"
            autoFocus
            onClick={() => window.print()}
          >
            {m.receipt.print}
          </Button>
          <Receipt>{receipt(printing)}</Receipt>
        </>
      ) : null}
    </>
  );
}
