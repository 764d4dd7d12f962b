import { resultRows } from "@powercard/db";
import { sql } from "drizzle-orm";
import type { UserPrincipal } from "../../shared/auth/principal.ts";
import type { ServiceContext } from "../service-context.ts";
import { atTreeRoot, withinUnit } from "../units/unit-scope.ts";
import {
  type CardConservationView,
  toBatchConservationView,
  toCardConservationView,
} from "./card-conservation-view.ts";

/**
 * The conservation check: for every batch made with a known quantity, what was generated
 * (quantity, quantity × face value) equals what its card rows add up to over all states, in
 * count and in value. A lost, duplicated, re-batched or re-valued card row shows as unbalanced.
 * Batches meant for a bureau outside the caller's units are left out; batches for no bureau
 * are seen from the province.
 */
export async function checkConservation({
  ctx,
}: {
  ctx: Pick<ServiceContext, "db"> & { actor: UserPrincipal };
}): Promise<CardConservationView> {
  const atRoot = atTreeRoot(ctx.actor);
  const rows = resultRows<Record<string, unknown>>(
    await ctx.db.orm.execute(sql`
      WITH batch AS (
        SELECT b.* FROM card_batches b LEFT JOIN org_units u ON u.id = b.unit_id
         WHERE b.quantity > 0
           AND (${withinUnit(sql`u.path`, ctx.actor.unitPath)} OR (b.unit_id IS NULL AND ${atRoot}))
      ), per_state AS (
        SELECT c.batch_id, c.state, count(*)::bigint AS n, sum(c.face_value_fen)::bigint AS v
          FROM cards c WHERE c.batch_id IN (SELECT id FROM batch)
         GROUP BY c.batch_id, c.state
      )
      SELECT b.id, b.order_id, b.face_value_fen, b.quantity::bigint AS generated_count,
             b.quantity::bigint * b.face_value_fen AS generated_value_fen,
             coalesce(sum(p.n), 0)::bigint AS counted_count,
             coalesce(sum(p.v), 0)::bigint AS counted_value_fen,
             coalesce(json_agg(json_build_object('state', p.state, 'count', p.n, 'valueFen', p.v)
                      ORDER BY p.state) FILTER (WHERE p.state IS NOT NULL), '[]')::text AS by_state
        FROM batch b LEFT JOIN per_state p ON p.batch_id = b.id
       GROUP BY b.id, b.order_id, b.face_value_fen, b.quantity, b.created_at
       ORDER BY b.created_at, b.id`),
  );
  return toCardConservationView(rows.map(toBatchConservationView));
}
