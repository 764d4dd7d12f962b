import { z } from "@hono/zod-openapi";
import type { auditEvents } from "@powercard/db";

export type AuditEventRow = typeof auditEvents.$inferSelect;

export const AuditEventSchema = z
  .object({
    entryNo: z.number().int(),
    id: z.string(),
    occurredAt: z.string(),
    actorType: z.enum(["user", "client", "system"]),
    actorId: z.string(),
    action: z.string().openapi({ example: "recharge.succeeded" }),
    objectType: z.string(),
    objectId: z.string(),
    unitId: z.string().nullable(),
    requestId: z.string().nullable(),
    before: z.unknown(),
    after: z.unknown(),
  })
  .openapi("AuditEvent");
export type AuditEventView = z.infer<typeof AuditEventSchema>;

export function toAuditEventView(event: AuditEventRow): AuditEventView {
  return {
    entryNo: event.entryNo,
    id: event.id,
    occurredAt: event.occurredAt.toISOString(),
    actorType: event.actorType,
    actorId: event.actorId,
    action: event.action,
    objectType: event.objectType,
    objectId: event.objectId,
    unitId: event.unitId,
    requestId: event.requestId,
    before: event.before ?? null,
    after: event.after ?? null,
  };
}
