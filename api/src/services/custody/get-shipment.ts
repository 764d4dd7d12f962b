import { orgUnits, shipmentCartons, shipments } from "@powercard/db";
import { and, asc, desc, eq, lt, or } from "drizzle-orm";
import type { UserPrincipal } from "../../shared/auth/principal.ts";
import { decodeCursor, encodeCursor } from "../../shared/cursor.ts";
import { DomainError } from "../../shared/errors.ts";
import type { ServiceContext } from "../service-context.ts";
import { unitInScope } from "../units/scope.ts";
import { withinUnit } from "../units/unit-scope.ts";
import { toShipmentDetail, toShipmentView } from "./shipment-view.ts";

type Ctx = Pick<ServiceContext, "db"> & { actor: UserPrincipal };

/** A shipment to a unit of the caller's subtree, with its cartons; any other is not found. */
export async function getShipment({ ctx, input }: { ctx: Ctx; input: { id: string } }) {
  const [row] = await ctx.db.orm
    .select({ shipment: shipments })
    .from(shipments)
    .innerJoin(orgUnits, eq(orgUnits.id, shipments.toUnitId))
    .where(and(eq(shipments.id, input.id), withinUnit(orgUnits.path, ctx.actor.unitPath)));
  if (!row) throw new DomainError("shipment_not_found");
  const cartons = await ctx.db.orm
    .select()
    .from(shipmentCartons)
    .where(eq(shipmentCartons.shipmentId, input.id))
    .orderBy(asc(shipmentCartons.seq));
  return toShipmentDetail(row.shipment, cartons);
}

/** Shipments to a unit or any unit below it (default: the caller's unit), newest first. */
export async function listShipments({
  ctx,
  input,
}: {
  ctx: Ctx;
  input: { toUnitId?: string; limit: number; cursor?: string };
}) {
  const unit = await unitInScope(ctx.db, ctx.actor, input.toUnitId ?? ctx.actor.unitId);
  const after = input.cursor ? decodeCursor(input.cursor) : null;
  const rows = await ctx.db.orm
    .select({ shipment: shipments })
    .from(shipments)
    .innerJoin(orgUnits, eq(orgUnits.id, shipments.toUnitId))
    .where(
      and(
        withinUnit(orgUnits.path, unit.path),
        after
          ? or(
              lt(shipments.createdAt, after.at),
              and(eq(shipments.createdAt, after.at), lt(shipments.id, after.id)),
            )
          : undefined,
      ),
    )
    .orderBy(desc(shipments.createdAt), desc(shipments.id))
    .limit(input.limit + 1);
  const page = rows.slice(0, input.limit).map((r) => r.shipment);
  const last = page[page.length - 1];
  return {
    data: page.map(toShipmentView),
    nextCursor: rows.length > input.limit && last ? encodeCursor({ at: last.createdAt, id: last.id }) : null,
  };
}
