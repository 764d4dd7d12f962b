import { orgUnits } from "@powercard/db";
import { asc, like } from "drizzle-orm";
import type { UserPrincipal } from "../../shared/auth/principal.ts";
import type { ServiceContext } from "../service-context.ts";

/** The units of the user's subtree, parents before children. */
export async function listUnits({ ctx }: { ctx: Pick<ServiceContext, "db"> & { actor: UserPrincipal } }) {
  return ctx.db.orm
    .select()
    .from(orgUnits)
    .where(like(orgUnits.path, `${ctx.actor.unitPath}%`))
    .orderBy(asc(orgUnits.path));
}
