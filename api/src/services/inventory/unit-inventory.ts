import { resultRows } from "@powercard/db";
import { sql } from "drizzle-orm";
import type { UserPrincipal } from "../../shared/auth/principal.ts";
import type { ServiceContext } from "../service-context.ts";
import { unitInScope } from "../units/scope.ts";
import { withinUnit } from "../units/unit-scope.ts";
import { type InventoryView, toInventoryRowView, toInventoryView } from "./inventory-view.ts";

/**
 * Cards by owner unit × face value × state for a unit's subtree, counted in one GROUP BY
 * (a scan: cards carry no index but the primary key, see db/src/schema/cards.ts). Cards in transit count at the bureau they are shipped to; cards
 * held by a clerk count at the clerk's unit.
 */
export async function getUnitInventory({
  ctx,
  input,
}: {
  ctx: Pick<ServiceContext, "db"> & { actor: UserPrincipal };
  input: { unitId?: string };
}): Promise<InventoryView> {
  const unit = await unitInScope(ctx.db, ctx.actor, input.unitId ?? ctx.actor.unitId);
  const rows = resultRows<Record<string, unknown>>(
    await ctx.db.orm.execute(sql`
      SELECT u.id AS unit_id, u.name AS unit_name, c.face_value_fen, c.state,
             count(*)::bigint AS count, sum(c.face_value_fen)::bigint AS value_fen
        FROM org_units u JOIN cards c ON c.owner_unit_id = u.id
       WHERE ${withinUnit(sql`u.path`, unit.path)}
       GROUP BY u.path, u.id, u.name, c.face_value_fen, c.state
       ORDER BY u.path, c.face_value_fen, c.state`),
  ).map(toInventoryRowView);
  return toInventoryView(unit.id, rows);
}
