import { DomainError } from "../../shared/errors.ts";
import type { ServiceContext } from "../service-context.ts";
import { TOPUP_COLUMNS, type TopupView, toTopupView } from "./topup-schema.ts";

/** A top-up made by the calling partner; anyone else's is answered as not found. */
export async function getTopup({
  ctx,
  input,
}: {
  ctx: Pick<ServiceContext, "db" | "caller">;
  input: { id: string };
}): Promise<TopupView> {
  const [row] = await ctx.db.query(`SELECT ${TOPUP_COLUMNS} FROM topups WHERE id = $1 AND client_id = $2`, [
    input.id,
    ctx.caller.id,
  ]);
  if (!row) throw new DomainError("topup_not_found");
  return toTopupView(row);
}
