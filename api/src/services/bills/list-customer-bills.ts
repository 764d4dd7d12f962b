import { type BillState, bills } from "@powercard/db";
import { and, desc, eq, lt, or } from "drizzle-orm";
import type { UserPrincipal } from "../../shared/auth/principal.ts";
import { decodeCursor, encodeCursor } from "../../shared/cursor.ts";
import { DomainError } from "../../shared/errors.ts";
import { findCustomerUnit, onCustomerLine } from "../accounts/customer-access.ts";
import type { ServiceContext } from "../service-context.ts";
import { type BillView, toBillView } from "./bill-view.ts";

/**
 * A customer's bills, newest first, a page at a time, for staff on the customer's accounting
 * unit's line (services/accounts/customer-access.ts): the unit itself, the units above it, and the
 * outlets and stations below it. Any other caller gets 404, as for an unknown customer.
 */
export async function listCustomerBills({
  ctx,
  input,
}: {
  ctx: Pick<ServiceContext, "db"> & { actor: UserPrincipal };
  input: { customerNo: string; state?: BillState; limit: number; cursor?: string };
}): Promise<{ data: BillView[]; nextCursor: string | null }> {
  const unit = await findCustomerUnit(ctx.db, input.customerNo);
  if (!unit || !onCustomerLine(ctx.actor, unit.path)) throw new DomainError("customer_not_found");
  const after = input.cursor ? decodeCursor(input.cursor) : undefined;
  const rows = await ctx.db.orm
    .select()
    .from(bills)
    .where(
      and(
        eq(bills.customerNo, input.customerNo),
        input.state ? eq(bills.state, input.state) : undefined,
        after
          ? or(lt(bills.createdAt, after.at), and(eq(bills.createdAt, after.at), lt(bills.id, after.id)))
          : undefined,
      ),
    )
    .orderBy(desc(bills.createdAt), desc(bills.id))
    .limit(input.limit + 1);
  const page = rows.slice(0, input.limit);
  const last = page[page.length - 1];
  return {
    data: page.map(toBillView),
    nextCursor: rows.length > input.limit && last ? encodeCursor({ at: last.createdAt, id: last.id }) : null,
  };
}
