import { recharges } from "@powercard/db";
import { and, eq } from "drizzle-orm";
import { DomainError } from "../../shared/errors.ts";
import type { ServiceContext } from "../service-context.ts";
import { type RechargeView, toRechargeView } from "./recharge-schema.ts";

/** A recharge made by the calling client; anyone else's is answered as not found. */
export async function getRecharge({
  ctx,
  input,
}: {
  ctx: Pick<ServiceContext, "db" | "caller">;
  input: { id: string };
}): Promise<RechargeView> {
  const [row] = await ctx.db.orm
    .select()
    .from(recharges)
    .where(and(eq(recharges.id, input.id), eq(recharges.clientId, ctx.caller.id)));
  if (!row) throw new DomainError("recharge_not_found");
  return toRechargeView(row);
}
