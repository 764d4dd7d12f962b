import { accounts, customers, reversalCases } from "@powercard/db";
import { and, eq, ne } from "drizzle-orm";
import type { UserPrincipal } from "../../shared/auth/principal.ts";
import { maskName } from "../../shared/mask.ts";
import type { ServiceContext } from "../service-context.ts";
import { findCredit } from "./find-credit.ts";
import type { ReversalPreviewView } from "./reversal-case-view.ts";
import { DEFAULT_REVERSAL_WINDOW_DAYS, withinReversalWindow } from "./reversal-window.ts";

/**
 * What the clerk checks before opening a case: the credit found by its 流水号 or card number,
 * both customers' masked names, the balance, and whether a case may be opened now. Reads only.
 */
export async function previewReversal({
  ctx,
  input,
  windowDays = DEFAULT_REVERSAL_WINDOW_DAYS,
}: {
  ctx: Pick<ServiceContext, "db" | "now"> & { actor: UserPrincipal };
  input: { ref: string; toCustomerNo?: string };
  windowDays?: number;
}): Promise<ReversalPreviewView> {
  const credit = await findCredit(ctx.db, ctx.actor, input.ref);
  const [account] = await ctx.db.orm
    .select({ balanceFen: accounts.balanceFen })
    .from(accounts)
    .where(eq(accounts.customerNo, credit.customerNo));
  const [open] = await ctx.db.orm
    .select({ id: reversalCases.id })
    .from(reversalCases)
    .where(and(eq(reversalCases.creditId, credit.creditId), ne(reversalCases.state, "rejected")));
  const [target] = input.toCustomerNo
    ? await ctx.db.orm
        .select({ customerNo: customers.customerNo, name: customers.name, status: customers.status })
        .from(customers)
        .where(eq(customers.customerNo, input.toCustomerNo))
    : [];
  const balanceFen = account?.balanceFen ?? 0;
  return {
    source: credit.source,
    creditId: credit.creditId,
    cardNo: credit.cardNo,
    amountFen: credit.amountFen,
    creditedAt: credit.createdAt.toISOString(),
    from: { customerNo: credit.customerNo, customerName: maskName(credit.customerName), balanceFen },
    to: target
      ? {
          customerNo: target.customerNo,
          customerName: maskName(target.name),
          closed: target.status === "closed",
        }
      : null,
    withinWindow: withinReversalWindow(credit.createdAt, ctx.now, windowDays),
    unspent: balanceFen >= credit.amountFen,
    openCaseId: open?.id ?? null,
  };
}
