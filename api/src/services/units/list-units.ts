import { orgUnits } from "@powercard/db";
import { asc } from "drizzle-orm";
import type { UserPrincipal } from "../../shared/auth/principal.ts";
import type { ServiceContext } from "../service-context.ts";
import { withinUnit } from "./unit-scope.ts";

/** The units of the user's subtree, parents before children. */
export async function listUnits({ ctx }: { ctx: Pick<ServiceContext, "db"> & { actor: UserPrincipal } }) {
  return ctx.db.orm
    .select()
    .from(orgUnits)
    .where(withinUnit(orgUnits.path, ctx.actor.unitPath))
    .orderBy(asc(orgUnits.path));
}
