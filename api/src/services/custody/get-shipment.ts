import { orgUnits, shipmentCartons, shipments } from "@powercard/db";
import { and, asc, eq } from "drizzle-orm";
import type { UserPrincipal } from "../../shared/auth/principal.ts";
import { DomainError } from "../../shared/errors.ts";
import { keysetPage } from "../pagination/keyset-page.ts";
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
  const { rows, nextCursor } = await keysetPage(
    input,
    { at: shipments.createdAt, id: shipments.id },
    (page) =>
      ctx.db.orm
        .select({ shipment: shipments })
        .from(shipments)
        .innerJoin(orgUnits, eq(orgUnits.id, shipments.toUnitId))
        .where(and(withinUnit(orgUnits.path, unit.path), page.where))
        .orderBy(...page.orderBy)
        .limit(page.limit),
    ({ shipment }) => ({ at: shipment.createdAt, id: shipment.id }),
  );
  return { data: rows.map((r) => toShipmentView(r.shipment)), nextCursor };
}
