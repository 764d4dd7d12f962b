import { accounts, LEDGER_ACCOUNTS, ledgerEntries, ledgerTransactions } from "@powercard/db";
import { and, desc, eq, lt, or, sql } from "drizzle-orm";
import type { ServiceContext } from "../../app-env.ts";
import { decodeCursor, encodeCursor } from "../../lib/cursor.ts";
import { DomainError } from "../../lib/errors.ts";

export interface AccountTransactionView {
  transactionId: string;
  kind: string;
  /** Signed from the customer's side: + money in, − money out. */
  amountFen: number;
  reference: string | null;
  businessDate: string;
  createdAt: string;
}

/** The movements of a prepaid account, newest first, a page at a time. */
export async function listAccountTransactions({
  ctx,
  input,
}: {
  ctx: Pick<ServiceContext, "db">;
  input: { customerNo: string; limit: number; cursor?: string };
}): Promise<{ data: AccountTransactionView[]; nextCursor: string | null }> {
  const [account] = await ctx.db.orm
    .select({ customerNo: accounts.customerNo })
    .from(accounts)
    .where(eq(accounts.customerNo, input.customerNo));
  if (!account) throw new DomainError("customer_not_found");

  const after = input.cursor ? decodeCursor(input.cursor) : undefined;
  const rows = await ctx.db.orm
    .select({
      transactionId: ledgerEntries.transactionId,
      kind: ledgerTransactions.kind,
      amountFen: ledgerEntries.amountFen,
      reference: ledgerTransactions.reference,
      businessDate: ledgerTransactions.businessDate,
      createdAt: ledgerEntries.createdAt,
    })
    .from(ledgerEntries)
    .innerJoin(
      ledgerTransactions,
      and(
        eq(ledgerTransactions.bookKey, ledgerEntries.bookKey),
        eq(ledgerTransactions.id, ledgerEntries.transactionId),
      ),
    )
    .where(
      and(
        eq(ledgerEntries.account, LEDGER_ACCOUNTS.customerPrepaid),
        eq(ledgerEntries.owner, input.customerNo),
        after
          ? or(
              lt(ledgerEntries.createdAt, after.at),
              and(eq(ledgerEntries.createdAt, after.at), lt(ledgerEntries.transactionId, after.id)),
            )
          : sql`true`,
      ),
    )
    .orderBy(desc(ledgerEntries.createdAt), desc(ledgerEntries.transactionId))
    .limit(input.limit + 1);

  const page = rows.slice(0, input.limit);
  const last = page[page.length - 1];
  return {
    data: page.map((r) => ({
      transactionId: r.transactionId,
      kind: r.kind,
      // Customer balances are credits (negative in the ledger's debit-positive convention).
      amountFen: -r.amountFen,
      reference: r.reference,
      businessDate: r.businessDate,
      createdAt: r.createdAt.toISOString(),
    })),
    nextCursor:
      rows.length > input.limit && last ? encodeCursor({ at: last.createdAt, id: last.transactionId }) : null,
  };
}
