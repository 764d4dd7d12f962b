import { DomainError } from "../../shared/errors.ts";
import type { ServiceContext } from "../service-context.ts";
import { RECHARGE_COLUMNS, type RechargeView, toRechargeView } from "./recharge-schema.ts";

/** A recharge made by the calling client; anyone else's is answered as not found. */
export async function getRecharge({
  ctx,
  input,
}: {
  ctx: Pick<ServiceContext, "db" | "caller">;
  input: { id: string };
}): Promise<RechargeView> {
  const [row] = await ctx.db.query(
    `SELECT ${RECHARGE_COLUMNS} FROM recharges WHERE id = $1 AND client_id = $2`,
    [input.id, ctx.caller.id],
  );
  if (!row) throw new DomainError("recharge_not_found");
  return toRechargeView(row);
}
