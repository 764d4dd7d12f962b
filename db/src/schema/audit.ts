import { bigint, bigserial, index, jsonb, pgTable, text } from "drizzle-orm/pg-core";
import { at } from "./columns.ts";

/**
 * One record per state-changing operation, written in the same transaction as the change.
 * Insert-only: triggers reject UPDATE/DELETE/TRUNCATE for everyone, and the application role
 * `powercard_app` is granted only SELECT and INSERT.
 */
export const auditEvents = pgTable(
  "audit_events",
  {
    /** Insertion order; the chain's order is decided when it is sealed. */
    entryNo: bigserial("entry_no", { mode: "number" }).primaryKey(),
    id: text("id").notNull().unique(),
    occurredAt: at("occurred_at").notNull(),
    actorType: text("actor_type", { enum: ["user", "client", "system"] }).notNull(),
    actorId: text("actor_id").notNull(),
    action: text("action").notNull(),
    objectType: text("object_type").notNull(),
    objectId: text("object_id").notNull(),
    /** The unit the object belongs to, for scoping who may read the record. */
    unitId: text("unit_id"),
    requestId: text("request_id"),
    before: jsonb("before"),
    after: jsonb("after"),
  },
  (t) => [
    index("audit_events_actor_idx").on(t.actorId, t.occurredAt),
    index("audit_events_object_idx").on(t.objectType, t.objectId),
    index("audit_events_time_idx").on(t.occurredAt),
  ],
);

/**
 * The hash chain over audit events, appended by a single sealer in order:
 * hash = SHA-256(prev_hash ‖ canonical JSON of the event). Insert-only like the events.
 */
export const auditChain = pgTable("audit_chain", {
  position: bigint("position", { mode: "number" }).primaryKey(),
  eventId: text("event_id").notNull().unique(),
  prevHash: text("prev_hash").notNull(),
  hash: text("hash").notNull(),
  sealedAt: at("sealed_at").notNull(),
});
