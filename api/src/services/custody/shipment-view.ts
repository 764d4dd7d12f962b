import type { shipmentCartons, shipments } from "@powercard/db";

export type ShipmentRow = typeof shipments.$inferSelect;
export type CartonRow = typeof shipmentCartons.$inferSelect;

export const toCartonView = (c: CartonRow) => ({
  seq: c.seq,
  firstCardNo: c.firstCardNo,
  lastCardNo: c.lastCardNo,
  cardCount: c.cardCount,
  state: c.state,
  receivedBy: c.receivedBy,
  receivedAt: c.receivedAt?.toISOString() ?? null,
});

export type CartonView = ReturnType<typeof toCartonView>;

export const toShipmentView = (s: ShipmentRow) => ({
  id: s.id,
  orderId: s.orderId,
  toUnitId: s.toUnitId,
  state: s.state,
  createdBy: s.createdBy,
  createdAt: s.createdAt.toISOString(),
  completedAt: s.completedAt?.toISOString() ?? null,
});

/** A shipment with its cartons, as GET and POST answer it. */
export const toShipmentDetail = (s: ShipmentRow, cartons: CartonRow[]) => ({
  ...toShipmentView(s),
  cardCount: cartons.reduce((n, c) => n + c.cardCount, 0),
  cartons: cartons.map(toCartonView),
});
