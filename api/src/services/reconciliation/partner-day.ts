import type { Db } from "@powercard/db";
import {
  type CountAndAmount,
  type ReconciledRechargeView,
  type ReconciledTopupView,
  toReconciledRechargeView,
  toReconciledTopupView,
} from "./reconciliation-file-view.ts";

/** Every recharge a client made on a business day, oldest first. */
export async function partnerRecharges(
  db: Db,
  clientId: string,
  date: string,
): Promise<ReconciledRechargeView[]> {
  const rows = await db.query(
    `SELECT id, customer_no, card_no, amount_fen, idempotency_key, created_at FROM recharges
      WHERE client_id = $1 AND business_date = $2::date ORDER BY created_at, id`,
    [clientId, date],
  );
  return rows.map(toReconciledRechargeView);
}

/** Every top-up a client made on a business day, oldest first. */
export async function partnerTopups(db: Db, clientId: string, date: string): Promise<ReconciledTopupView[]> {
  const rows = await db.query(
    `SELECT id, customer_no, amount_fen, partner_reference, idempotency_key, created_at FROM topups
      WHERE client_id = $1 AND business_date = $2::date ORDER BY created_at, id`,
    [clientId, date],
  );
  return rows.map(toReconciledTopupView);
}

export const sumOf = (rows: ReadonlyArray<{ amountFen: number }>): CountAndAmount => ({
  count: rows.length,
  amountFen: rows.reduce((total, row) => total + row.amountFen, 0),
});
