import { Segmented } from "antd";
import { type ReactNode, useState } from "react";
import type { Schemas } from "../api/client.ts";
import { formatFen, showCardNo } from "../lib/card-input.ts";
import { useLang, useSession } from "../session/use-session.ts";

/**
 * A printable receipt. On screen it is a preview with the paper choice; printed (print.css), it
 * is the only thing on the page, on an 80 mm slip or an A4 sheet as chosen (kept per browser).
 */
export type Paper = "slip" | "a4";
const PAPER_KEY = "powercard-console-paper";

export function Receipt({ children }: { children: ReactNode }) {
  const { m } = useLang();
  const [paper, setPaper] = useState<Paper>(() => (localStorage.getItem(PAPER_KEY) === "a4" ? "a4" : "slip"));
  return (
    <div className="pc-receipt-area">
      <div className="pc-no-print pc-paper">
        <span id="pc-paper-label">{m.receipt.paper}</span>
        <Segmented<Paper>
          aria-labelledby="pc-paper-label"
          value={paper}
          onChange={(value) => {
            setPaper(value);
            localStorage.setItem(PAPER_KEY, value);
          }}
          options={[
            { value: "slip", label: m.receipt.paper80 },
            { value: "a4", label: m.receipt.paperA4 },
          ]}
        />
      </div>
      <section className="pc-receipt" data-paper={paper} aria-label={m.receipt.print}>
        {children}
      </section>
    </div>
  );
}

function useWhere() {
  const session = useSession();
  return session.status === "signed-in"
    ? { outlet: session.unit?.name ?? session.me.unitId, clerk: session.me.displayName }
    : { outlet: "", clerk: "" };
}

const time = (iso: string, lang: string) =>
  new Date(iso).toLocaleString(lang, { timeZone: "Asia/Shanghai", hour12: false });

function Lines({ rows }: { rows: [string, ReactNode][] }) {
  return (
    <dl className="pc-receipt-lines">
      {rows.map(([label, value]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

export function SaleReceipt({ sale }: { sale: Schemas["CardSale"] }) {
  const { lang, m } = useLang();
  const where = useWhere();
  return (
    <>
      <h2 className="pc-receipt-title">{m.receipt.saleTitle}</h2>
      <Lines
        rows={[
          [m.receipt.outlet, where.outlet],
          [m.receipt.clerk, where.clerk],
          [m.receipt.saleId, sale.id],
          [m.receipt.time, time(sale.createdAt, lang)],
          [m.sales.firstCardNo, showCardNo(sale.firstCardNo)],
          [m.sales.lastCardNo, showCardNo(sale.lastCardNo)],
          [m.sell.count, sale.cardCount],
          [m.sell.amount, `¥${formatFen(sale.amountFen)}`],
        ]}
      />
      <p className="pc-receipt-footer">{m.receipt.footer}</p>
    </>
  );
}

export function RechargeReceipt({
  recharge,
  customerName,
}: {
  recharge: Schemas["Recharge"];
  customerName: string;
}) {
  const { lang, m } = useLang();
  const where = useWhere();
  return (
    <>
      <h2 className="pc-receipt-title">{m.receipt.rechargeTitle}</h2>
      <Lines
        rows={[
          [m.receipt.outlet, where.outlet],
          [m.receipt.clerk, where.clerk],
          [m.receipt.rechargeId, recharge.id],
          [m.receipt.time, time(recharge.createdAt, lang)],
          [m.recharge.customerNo, recharge.customerNo],
          [m.recharge.customerName, customerName],
          [m.recharge.cardNo, showCardNo(recharge.cardNo)],
          [m.recharge.amount, `¥${formatFen(recharge.amountFen)}`],
          [m.recharge.newBalance, `¥${formatFen(recharge.balanceFen)}`],
        ]}
      />
      <p className="pc-receipt-footer">{m.receipt.footer}</p>
    </>
  );
}
