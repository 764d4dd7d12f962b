import { z } from "@hono/zod-openapi";
import type { shipmentCartons, shipments } from "@powercard/db";

export type ShipmentRow = typeof shipments.$inferSelect;
export type CartonRow = typeof shipmentCartons.$inferSelect;

export const CartonSchema = z
  .object({
    seq: z.number().int().openapi({ description: "The carton's number within the shipment, from 1." }),
    firstCardNo: z.string(),
    lastCardNo: z.string(),
    cardCount: z.number().int(),
    state: z.enum(["in_transit", "received"]),
    receivedBy: z.string().nullable(),
    receivedAt: z.string().nullable(),
  })
  .openapi("Carton");

export const SHIPMENT_STATES = ["in_transit", "partly_received", "received"] as const;

const shipmentFields = {
  id: z.string().openapi({ example: "shp_01h455vb4pex5vsknk084sn02q" }),
  orderId: z.string(),
  toUnitId: z.string(),
  state: z.enum(SHIPMENT_STATES),
  createdBy: z.string(),
  createdAt: z.string(),
  completedAt: z.string().nullable().openapi({ description: "When the last carton was received." }),
};

export const ShipmentSummarySchema = z.object(shipmentFields).openapi("ShipmentSummary");

export const ShipmentSchema = z
  .object({ ...shipmentFields, cardCount: z.number().int(), cartons: z.array(CartonSchema) })
  .openapi("Shipment");

export type CartonView = z.infer<typeof CartonSchema>;
export type ShipmentSummaryView = z.infer<typeof ShipmentSummarySchema>;
export type ShipmentView = z.infer<typeof ShipmentSchema>;

export const toCartonView = (c: CartonRow): CartonView => ({
  seq: c.seq,
  firstCardNo: c.firstCardNo,
  lastCardNo: c.lastCardNo,
  cardCount: c.cardCount,
  state: c.state,
  receivedBy: c.receivedBy,
  receivedAt: c.receivedAt?.toISOString() ?? null,
});

export const toShipmentView = (s: ShipmentRow): ShipmentSummaryView => ({
  id: s.id,
  orderId: s.orderId,
  toUnitId: s.toUnitId,
  state: s.state,
  createdBy: s.createdBy,
  createdAt: s.createdAt.toISOString(),
  completedAt: s.completedAt?.toISOString() ?? null,
});

/** A shipment with its cartons, as GET and POST answer it. */
export const toShipmentDetail = (s: ShipmentRow, cartons: CartonRow[]): ShipmentView => ({
  ...toShipmentView(s),
  cardCount: cartons.reduce((n, c) => n + c.cardCount, 0),
  cartons: cartons.map(toCartonView),
});
