import { type BillState, bills } from "@powercard/db";
import { and, eq } from "drizzle-orm";
import type { UserPrincipal } from "../../shared/auth/principal.ts";
import { DomainError } from "../../shared/errors.ts";
import { findCustomerUnit, onCustomerLine } from "../accounts/customer-access.ts";
import { keysetPage } from "../pagination/keyset-page.ts";
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
  const { rows, nextCursor } = await keysetPage(
    input,
    { at: bills.createdAt, id: bills.id },
    (page) =>
      ctx.db.orm
        .select()
        .from(bills)
        .where(
          and(
            eq(bills.customerNo, input.customerNo),
            input.state ? eq(bills.state, input.state) : undefined,
            page.where,
          ),
        )
        .orderBy(...page.orderBy)
        .limit(page.limit),
    (bill) => ({ at: bill.createdAt, id: bill.id }),
  );
  return { data: rows.map(toBillView), nextCursor };
}
