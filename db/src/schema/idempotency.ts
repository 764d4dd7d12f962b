import { sql } from "drizzle-orm";
import { check, index, integer, pgTable, primaryKey, text } from "drizzle-orm/pg-core";
import { at, createdAt } from "./columns.ts";

/**
 * The first result of every money-moving request, per client and Idempotency-Key. The primary
 * key is what makes "one effect per key" true under concurrency. Kept at least 24 hours.
 */
export const idempotencyKeys = pgTable(
  "idempotency_keys",
  {
    clientId: text("client_id").notNull(),
    key: text("key").notNull(),
    /** The operation, e.g. "recharge": a key is never reused across operations. */
    operation: text("operation").notNull(),
    /** SHA-256 of the canonical request (secrets replaced by their keyed HMAC). */
    requestHash: text("request_hash").notNull(),
    /** The request id of the first request, so a replayed error names the same request. */
    requestId: text("request_id").notNull(),
    state: text("state", { enum: ["in_progress", "completed"] }).notNull(),
    /** "succeeded" or the domain error code of the first result. */
    outcome: text("outcome"),
    responseStatus: integer("response_status"),
    responseBody: text("response_body"),
    resourceId: text("resource_id"),
    createdAt: createdAt(),
    expiresAt: at("expires_at").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.clientId, t.key] }),
    index("idempotency_keys_expires_idx").on(t.expiresAt),
    check("idempotency_keys_state_check", sql`${t.state} IN ('in_progress','completed')`),
  ],
);
