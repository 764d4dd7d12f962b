import { type Db, toDate, toFen } from "@powercard/db";

/** One recharge as it appears in a reconciliation file. */
export interface ReconciledRecharge {
  id: string;
  customerNo: string;
  cardNo: string;
  amountFen: number;
  idempotencyKey: string;
  createdAt: string;
}

/** One top-up as it appears in a reconciliation file. */
export interface ReconciledTopup {
  id: string;
  customerNo: string;
  amountFen: number;
  partnerReference: string;
  idempotencyKey: string;
  createdAt: string;
}

/** Every recharge a client made on a business day, oldest first. */
export async function partnerRecharges(
  db: Db,
  clientId: string,
  date: string,
): Promise<ReconciledRecharge[]> {
  const rows = await db.query(
    `SELECT id, customer_no, card_no, amount_fen, idempotency_key, created_at FROM recharges
      WHERE client_id = $1 AND business_date = $2::date ORDER BY created_at, id`,
    [clientId, date],
  );
  return rows.map((row) => ({
    id: String(row.id),
    customerNo: String(row.customer_no),
    cardNo: String(row.card_no),
    amountFen: toFen(row.amount_fen),
    idempotencyKey: String(row.idempotency_key),
    createdAt: toDate(row.created_at).toISOString(),
  }));
}

/** Every top-up a client made on a business day, oldest first. */
export async function partnerTopups(db: Db, clientId: string, date: string): Promise<ReconciledTopup[]> {
  const rows = await db.query(
    `SELECT id, customer_no, amount_fen, partner_reference, idempotency_key, created_at FROM topups
      WHERE client_id = $1 AND business_date = $2::date ORDER BY created_at, id`,
    [clientId, date],
  );
  return rows.map((row) => ({
    id: String(row.id),
    customerNo: String(row.customer_no),
    amountFen: toFen(row.amount_fen),
    partnerReference: String(row.partner_reference),
    idempotencyKey: String(row.idempotency_key),
    createdAt: toDate(row.created_at).toISOString(),
  }));
}

export interface CountAndAmount {
  count: number;
  amountFen: number;
}

export const sumOf = (rows: ReadonlyArray<{ amountFen: number }>): CountAndAmount => ({
  count: rows.length,
  amountFen: rows.reduce((total, row) => total + row.amountFen, 0),
});
