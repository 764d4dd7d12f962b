import type { Orm } from "../client.ts";
import { ledgerEntries, ledgerTransactions } from "../schema/index.ts";
import { assertBalanced } from "./balanced.ts";
import { type Leg, type Movement, SYSTEM, signOf } from "./movement.ts";

/** A movement of values with what makes it a transaction: its id, business day and reference. */
export interface Posting {
  movement: Movement<number, string>;
  transactionId: string;
  /** The Asia/Shanghai business day (YYYY-MM-DD) the movement belongs to. */
  businessDate: string;
  /** The business record behind the movement (a sale, a remittance, a settlement run). */
  reference: string | null;
  createdAt: Date;
}

/**
 * The rows of movements, each checked to balance first (nothing is built otherwise): the
 * transactions and their entries, legs numbered in order, a debit positive and a credit negative.
 * postMovements inserts them; a loader on another driver (the recharge bench) may insert them itself.
 */
export function ledgerRows(postings: readonly Posting[]) {
  for (const p of postings) assertBalanced(p.movement);
  const transactions = postings.map((p) => ({
    bookKey: p.movement.book,
    id: p.transactionId,
    kind: p.movement.kind,
    businessDate: p.businessDate,
    reference: p.reference,
    createdAt: p.createdAt,
  })) satisfies (typeof ledgerTransactions.$inferInsert)[];
  const entries = postings.flatMap((p) =>
    p.movement.legs.map((leg, i) => ({
      bookKey: p.movement.book,
      transactionId: p.transactionId,
      leg: i + 1,
      account: leg.account,
      owner: ownerValue(leg),
      amountFen: signOf(leg) * leg.amount,
      createdAt: p.createdAt,
    })),
  ) satisfies (typeof ledgerEntries.$inferInsert)[];
  return { transactions, entries };
}

/**
 * Posts movements inside the caller's transaction: each is checked to balance first (nothing is
 * sent otherwise), then two statements for all of them, the transactions and their entries.
 */
export async function postMovements(tx: Orm, postings: readonly Posting[]): Promise<void> {
  if (postings.length === 0) return;
  const { transactions, entries } = ledgerRows(postings);
  await tx.insert(ledgerTransactions).values(transactions);
  await tx.insert(ledgerEntries).values(entries);
}

const ownerValue = (leg: Leg<number, string>) => (leg.owner === SYSTEM ? "" : leg.owner);
