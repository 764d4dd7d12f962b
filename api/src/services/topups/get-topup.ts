import { topups } from "@powercard/db";
import { and, eq } from "drizzle-orm";
import { DomainError } from "../../shared/errors.ts";
import type { ServiceContext } from "../service-context.ts";
import { type TopupView, toTopupView } from "./topup-schema.ts";

/** A top-up made by the calling partner; anyone else's is answered as not found. */
export async function getTopup({
  ctx,
  input,
}: {
  ctx: Pick<ServiceContext, "db" | "caller">;
  input: { id: string };
}): Promise<TopupView> {
  const [row] = await ctx.db.orm
    .select()
    .from(topups)
    .where(and(eq(topups.id, input.id), eq(topups.clientId, ctx.caller.id)));
  if (!row) throw new DomainError("topup_not_found");
  return toTopupView(row);
}
