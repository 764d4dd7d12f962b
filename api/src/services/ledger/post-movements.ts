import { ledgerEntries, ledgerTransactions, type Orm } from "@powercard/db";
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
 * Posts movements inside the caller's transaction: each is checked to balance first (nothing is
 * sent otherwise), then two statements for all of them, the transactions and their entries.
 */
export async function postMovements(tx: Orm, postings: readonly Posting[]): Promise<void> {
  if (postings.length === 0) return;
  for (const p of postings) assertBalanced(p.movement);
  await tx.insert(ledgerTransactions).values(
    postings.map((p) => ({
      bookKey: p.movement.book,
      id: p.transactionId,
      kind: p.movement.kind,
      businessDate: p.businessDate,
      reference: p.reference,
      createdAt: p.createdAt,
    })),
  );
  await tx.insert(ledgerEntries).values(
    postings.flatMap((p) =>
      p.movement.legs.map((leg, i) => ({
        bookKey: p.movement.book,
        transactionId: p.transactionId,
        leg: i + 1,
        account: leg.account,
        owner: ownerValue(leg),
        amountFen: signOf(leg) * leg.amount,
        createdAt: p.createdAt,
      })),
    ),
  );
}

const ownerValue = (leg: Leg<number, string>) => (leg.owner === SYSTEM ? "" : leg.owner);
