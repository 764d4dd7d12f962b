import {
  type Db,
  LEDGER_ACCOUNTS,
  ledgerEntries,
  ledgerTransactions,
  recharges,
  topups,
} from "@powercard/db";
import { and, eq, exists, or, type SQL } from "drizzle-orm";
import { DomainError } from "../../shared/errors.ts";
import { keysetPage } from "../pagination/keyset-page.ts";
import type { ServiceContext } from "../service-context.ts";
import type { AccountTransactionView } from "./account-view.ts";
import { customerAccess, findCustomerUnit } from "./customer-access.ts";

/**
 * The movements of a prepaid account the caller may see (customer-access.ts), newest first, a
 * page at a time: staff on the customer's line every movement, a channel client only its own
 * recharges and top-ups. A customer whose history the caller may not see answers 404.
 */
export async function listAccountTransactions({
  ctx,
  input,
}: {
  ctx: Pick<ServiceContext, "db" | "actor">;
  input: { customerNo: string; limit: number; cursor?: string };
}): Promise<{ data: AccountTransactionView[]; nextCursor: string | null }> {
  const unit = await findCustomerUnit(ctx.db, input.customerNo);
  const history = unit ? customerAccess(ctx.actor, unit.path).history : "none";
  if (history === "none") throw new DomainError("customer_not_found");

  const { rows, nextCursor } = await keysetPage(
    input,
    { at: ledgerEntries.createdAt, id: ledgerEntries.transactionId },
    (page) =>
      ctx.db.orm
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
            history === "own" ? madeBy(ctx.db, ctx.actor.id) : undefined,
            page.where,
          ),
        )
        .orderBy(...page.orderBy)
        .limit(page.limit),
    (entry) => ({ at: entry.createdAt, id: entry.transactionId }),
  );
  return {
    data: rows.map((r) => ({
      transactionId: r.transactionId,
      kind: r.kind,
      // Customer balances are credits (negative in the ledger's debit-positive convention).
      amountFen: -r.amountFen,
      reference: r.reference,
      businessDate: r.businessDate,
      createdAt: r.createdAt.toISOString(),
    })),
    nextCursor,
  };
}

/**
 * The movement is a recharge or top-up the client itself made: its record, under the customer's
 * key (primary key lookups), names this ledger transaction and this client.
 */
function madeBy(db: Db, clientId: string): SQL | undefined {
  const own = (table: typeof recharges | typeof topups) =>
    exists(
      db.orm
        .select({ one: table.id })
        .from(table)
        .where(
          and(
            eq(table.customerNo, ledgerEntries.owner),
            eq(table.id, ledgerTransactions.reference),
            eq(table.ledgerTransactionId, ledgerEntries.transactionId),
            eq(table.clientId, clientId),
          ),
        ),
    );
  return or(own(recharges), own(topups));
}
