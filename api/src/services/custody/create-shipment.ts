import { shipmentCartons, shipments } from "@powercard/db";
import { sql } from "drizzle-orm";
import type { UserPrincipal } from "../../shared/auth/principal.ts";
import { DomainError } from "../../shared/errors.ts";
import { newId } from "../../shared/ids.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import { ownedInSubtree } from "../cards/card-custody.ts";
import { moveCardRange } from "../cards/card-lifecycle.ts";
import type { ServiceContext } from "../service-context.ts";
import { unitInScope } from "../units/scope.ts";
import { withinUnit } from "../units/unit-scope.ts";
import { assertUnitActive } from "../units/unit-status.ts";
import { parseRanges } from "./custody-sql.ts";
import { toShipmentDetail } from "./shipment-view.ts";

export interface CreateShipmentInput {
  orderId: string;
  toUnitId: string;
  cartons: { firstCardNo: string; lastCardNo: string }[];
}

/**
 * The manufacturer's cartons of one production order go to a city bureau: every card of every
 * carton must be `generated`, belong to a batch of that order and be in the issuer's units; they
 * become `in_transit` with the bureau as owner. All cartons move, or none (one transaction).
 */
export async function createShipment({
  ctx,
  input,
}: {
  ctx: ServiceContext & { actor: UserPrincipal };
  input: CreateShipmentInput;
}) {
  const { actor, now } = ctx;
  const toUnit = await unitInScope(ctx.db, actor, input.toUnitId);
  if (toUnit.kind !== "city")
    throw new DomainError("shipment_destination_invalid", {
      detail: `${toUnit.name} is a ${toUnit.kind}; cartons are shipped to city bureaus, which distribute them further.`,
    });
  const ranges = parseRanges(input.cartons);
  // The order is known by its batches; one meant for a bureau outside the caller's units is not found.
  const [order] = await ctx.db.execute(sql`
    SELECT 1 FROM card_batches b LEFT JOIN org_units u ON u.id = b.unit_id
     WHERE b.order_id = ${input.orderId}
       AND (b.unit_id IS NULL OR ${withinUnit(sql`u.path`, actor.unitPath)}) LIMIT 1`);
  if (!order) throw new DomainError("shipment_order_not_found");

  const id = newId.shipment();
  const shipment = {
    id,
    orderId: input.orderId,
    toUnitId: toUnit.id,
    state: "in_transit" as const,
    createdBy: actor.id,
    createdAt: now,
    completedAt: null,
  };
  const cartons = ranges.map((r, i) => ({
    shipmentId: id,
    seq: i + 1,
    firstCardNo: r.firstCardNo,
    lastCardNo: r.lastCardNo,
    cardCount: r.count,
    state: "in_transit" as const,
    receivedBy: null,
    receivedAt: null,
  }));
  await ctx.db.orm.transaction(async (tx) => {
    await assertUnitActive(tx, toUnit.id);
    await tx.insert(shipments).values(shipment);
    await tx.insert(shipmentCartons).values(cartons);
    let valueFen = 0;
    // One statement per carton (a range), never per card.
    for (const range of ranges) {
      const moved = await moveCardRange(tx, {
        action: "ship",
        range,
        custody: sql`batch_id IN (SELECT id FROM card_batches WHERE order_id = ${input.orderId})
                 AND ${ownedInSubtree(actor.unitPath)}`,
        set: sql`state = 'in_transit', owner_unit_id = ${toUnit.id}`,
        now,
      });
      valueFen += moved.valueFen;
    }
    await recordAuditEvent(
      { tx, requestId: ctx.requestId, now, actor: { type: "user", id: actor.id } },
      {
        action: "shipment.created",
        objectType: "shipment",
        objectId: id,
        unitId: toUnit.id,
        after: {
          orderId: input.orderId,
          cartons: ranges.map((r) => [r.firstCardNo, r.lastCardNo]),
          cardCount: ranges.reduce((n, r) => n + r.count, 0),
          valueFen,
        },
      },
    );
  });
  return toShipmentDetail(shipment, cartons);
}
