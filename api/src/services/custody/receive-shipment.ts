import { type Orm, orgUnits, shipmentCartons, shipments } from "@powercard/db";
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import { inScope, type UserPrincipal } from "../../shared/auth/principal.ts";
import { DomainError } from "../../shared/errors.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import { moveCardRange } from "../cards/card-lifecycle.ts";
import type { CardRange } from "../cards/card-range.ts";
import type { ServiceContext } from "../service-context.ts";
import { parseRanges, rangeKey } from "./custody-sql.ts";
import { type CartonRow, type ShipmentRow, toCartonView } from "./shipment-view.ts";

/**
 * The bureau's card_admin counts the cartons that arrived. A listed range that is exactly a
 * carton of the shipment is received (its cards in_stock); cartons not listed stay in_transit
 * and are reported missing; listed ranges that are no carton are reported unexpected and left
 * alone. A carton already received makes the whole receipt a 409 with nothing changed.
 */
export async function receiveShipment({
  ctx,
  input,
}: {
  ctx: ServiceContext & { actor: UserPrincipal };
  input: { shipmentId: string; cartons: { firstCardNo: string; lastCardNo: string }[] };
}) {
  const { actor, now } = ctx;
  const listed = parseRanges(input.cartons);
  return ctx.db.orm.transaction(async (tx) => {
    // The row lock serialises receipts of one shipment, so its state is computed from settled cartons.
    const shipment = await lockShipment(tx, actor, input.shipmentId);
    const cartons = await tx
      .select()
      .from(shipmentCartons)
      .where(eq(shipmentCartons.shipmentId, shipment.id))
      .orderBy(asc(shipmentCartons.seq));
    const byRange = new Map(cartons.map((c) => [rangeKey(c), c]));
    const toReceive: CartonRow[] = [];
    const unexpected: CardRange[] = [];
    for (const range of listed) {
      const carton = byRange.get(rangeKey(range));
      if (!carton) unexpected.push(range);
      else if (carton.state === "received")
        throw new DomainError("carton_already_received", {
          detail: `Carton ${carton.seq} (${carton.firstCardNo}–${carton.lastCardNo}) was received at ${carton.receivedAt?.toISOString()}. Nothing was changed.`,
        });
      else toReceive.push(carton);
    }

    let valueFen = 0;
    for (const carton of toReceive) {
      const moved = await moveCardRange(tx, {
        action: "receive",
        range: { firstCardNo: carton.firstCardNo, lastCardNo: carton.lastCardNo, count: carton.cardCount },
        custody: sql`owner_unit_id = ${shipment.toUnitId}`,
        set: sql`state = 'in_stock'`,
        now,
      });
      valueFen += moved.valueFen;
    }
    const seqs = toReceive.map((c) => c.seq);
    if (seqs.length > 0) {
      const updated = await tx
        .update(shipmentCartons)
        .set({ state: "received", receivedBy: actor.id, receivedAt: now })
        .where(
          and(
            eq(shipmentCartons.shipmentId, shipment.id),
            inArray(shipmentCartons.seq, seqs),
            eq(shipmentCartons.state, "in_transit"),
          ),
        )
        .returning({ seq: shipmentCartons.seq });
      if (updated.length !== seqs.length) throw new DomainError("carton_already_received");
    }

    const receivedNow = new Set(seqs);
    const missing = cartons.filter((c) => c.state === "in_transit" && !receivedNow.has(c.seq));
    const anyReceived = receivedNow.size > 0 || cartons.some((c) => c.state === "received");
    const state: ShipmentRow["state"] =
      missing.length === 0 ? "received" : anyReceived ? "partly_received" : "in_transit";
    if (state !== shipment.state)
      await tx
        .update(shipments)
        .set({ state, completedAt: state === "received" ? now : null })
        .where(eq(shipments.id, shipment.id));

    const received = toReceive.map((c) => ({
      ...c,
      state: "received" as const,
      receivedBy: actor.id,
      receivedAt: now,
    }));
    await recordAuditEvent(
      { tx, requestId: ctx.requestId, now, actor: { type: "user", id: actor.id } },
      {
        action: "shipment.received",
        objectType: "shipment",
        objectId: shipment.id,
        unitId: shipment.toUnitId,
        before: { state: shipment.state },
        after: {
          state,
          received: received.map((c) => [c.firstCardNo, c.lastCardNo]),
          cardCount: received.reduce((n, c) => n + c.cardCount, 0),
          valueFen,
          missing: missing.map((c) => [c.firstCardNo, c.lastCardNo]),
          unexpected: unexpected.map((r) => [r.firstCardNo, r.lastCardNo]),
        },
      },
    );
    return {
      shipmentId: shipment.id,
      state,
      receivedCardCount: received.reduce((n, c) => n + c.cardCount, 0),
      receivedValueFen: valueFen,
      received: received.map(toCartonView),
      missing: missing.map(toCartonView),
      unexpected: unexpected.map((r) => ({ firstCardNo: r.firstCardNo, lastCardNo: r.lastCardNo })),
    };
  });
}

async function lockShipment(tx: Orm, actor: UserPrincipal, id: string): Promise<ShipmentRow> {
  const [shipment] = await tx.select().from(shipments).where(eq(shipments.id, id)).for("update");
  const [unit] = shipment
    ? await tx.select({ path: orgUnits.path }).from(orgUnits).where(eq(orgUnits.id, shipment.toUnitId))
    : [];
  if (!shipment || !unit || !inScope(actor, unit.path)) throw new DomainError("shipment_not_found");
  return shipment;
}
