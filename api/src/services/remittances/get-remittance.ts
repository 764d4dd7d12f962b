import type { UserPrincipal } from "../../shared/auth/principal.ts";
import type { ServiceContext } from "../service-context.ts";
import { findRemittanceInScope } from "./find-remittance.ts";
import { type RemittanceView, toRemittanceView } from "./remittance-view.ts";

/** One remittance of an outlet in the caller's subtree. */
export async function getRemittance({
  ctx,
  input,
}: {
  ctx: Pick<ServiceContext, "db"> & { actor: UserPrincipal };
  input: { id: string };
}): Promise<RemittanceView> {
  return toRemittanceView(ctx.db.orm, await findRemittanceInScope(ctx.db.orm, ctx.actor, input.id));
}
