import { toDate, toFen } from "@powercard/db";

/** The public shape of a top-up; the same fields, in the same order, as the POST answer. */
export interface TopupView {
  id: string;
  customerNo: string;
  amountFen: number;
  balanceFen: number;
  currency: "CNY";
  partnerReference: string;
  createdAt: string;
}

export const TOPUP_COLUMNS = `id, customer_no, amount_fen, balance_after_fen, partner_reference, created_at`;

export function toTopupView(row: Record<string, unknown>): TopupView {
  return {
    id: String(row.id),
    customerNo: String(row.customer_no),
    amountFen: toFen(row.amount_fen),
    balanceFen: toFen(row.balance_after_fen),
    currency: "CNY",
    partnerReference: String(row.partner_reference),
    createdAt: toDate(row.created_at).toISOString(),
  };
}
