import { customers, recharges } from "@powercard/db";
import { and, eq } from "drizzle-orm";
import type { UserPrincipal } from "../../shared/auth/principal.ts";
import { maskName } from "../../shared/mask.ts";
import { keysetPage } from "../pagination/keyset-page.ts";
import type { ServiceContext } from "../service-context.ts";
import type { CounterRechargeView } from "./counter-recharge-view.ts";
import { toRechargeView } from "./recharge-schema.ts";

/**
 * The recharges a clerk made at the counter on one business day, newest first — only their own
 * (the caller of a counter recharge is the clerk: client_id), read by the (client_id,
 * business_date) index. For the day's list and the reprint of a receipt.
 */
export async function listCounterRecharges({
  ctx,
  input,
}: {
  ctx: Pick<ServiceContext, "db"> & { actor: UserPrincipal };
  input: { businessDate: string; limit: number; cursor?: string };
}): Promise<{ data: CounterRechargeView[]; nextCursor: string | null }> {
  const { rows, nextCursor } = await keysetPage(
    input,
    { at: recharges.createdAt, id: recharges.id },
    (page) =>
      ctx.db.orm
        .select({ r: recharges, name: customers.name })
        .from(recharges)
        .innerJoin(customers, eq(customers.customerNo, recharges.customerNo))
        .where(
          and(
            eq(recharges.clientId, ctx.actor.id),
            eq(recharges.businessDate, input.businessDate),
            page.where,
          ),
        )
        .orderBy(...page.orderBy)
        .limit(page.limit),
    ({ r }) => ({ at: r.createdAt, id: r.id }),
  );
  return {
    data: rows.map(({ r, name }) => ({
      ...toRechargeView(r),
      customerName: maskName(name),
    })),
    nextCursor,
  };
}
