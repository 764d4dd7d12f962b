import { type Channel, toDate, toFen } from "@powercard/db";

/** The public shape of a recharge; the same fields, in the same order, as the POST answer. */
export interface RechargeView {
  id: string;
  customerNo: string;
  cardNo: string;
  amountFen: number;
  balanceFen: number;
  currency: "CNY";
  channel: Channel;
  createdAt: string;
}

export const RECHARGE_COLUMNS = `id, customer_no, card_no, amount_fen, balance_after_fen, channel, created_at`;

export function toRechargeView(row: Record<string, unknown>): RechargeView {
  return {
    id: String(row.id),
    customerNo: String(row.customer_no),
    cardNo: String(row.card_no),
    amountFen: toFen(row.amount_fen),
    balanceFen: toFen(row.balance_after_fen),
    currency: "CNY",
    channel: String(row.channel) as Channel,
    createdAt: toDate(row.created_at).toISOString(),
  };
}
