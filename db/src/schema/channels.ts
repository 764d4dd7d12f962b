import { sql } from "drizzle-orm";
import { check, index, integer, jsonb, pgTable, primaryKey, text } from "drizzle-orm/pg-core";
import { at, createdAt } from "./columns.ts";
import { orgUnits } from "./org.ts";

export const CHANNELS = ["counter", "ivr", "sms", "web", "partner"] as const;
export type Channel = (typeof CHANNELS)[number];

/**
 * What a channel client may do; a partner's access token carries the subset it asked for as
 * scopes. A new client may do only what it was given when registered: nothing by default.
 */
export const CLIENT_OPERATIONS = [
  "cards:verify",
  "recharges:write",
  "recharges:read",
  "accounts:read",
  "topups:write",
  /** The marketing system (营销系统) sends its customers: `POST /v1/customer-imports…`. */
  "customers:import",
  "reconciliation:read",
  "webhooks:manage",
  /** The marketing system (营销系统) reads the feed of prepaid-account movements and its daily files. */
  "movements:read",
] as const;
export type ClientOperation = (typeof CLIENT_OPERATIONS)[number];
/**
 * What a recharge channel is given (the demo channels, the test clients): verify a card, recharge
 * it, read the recharge back, and read the customer's masked name and balance to confirm it.
 */
export const RECHARGE_CHANNEL_OPERATIONS: readonly ClientOperation[] = [
  "cards:verify",
  "recharges:write",
  "recharges:read",
  "accounts:read",
];

/**
 * A system that calls the API on behalf of a channel. It authenticates with a bearer API key
 * of 256 random bits; only its SHA-256 is stored (a salt adds nothing at that entropy).
 */
export const channelClients = pgTable(
  "channel_clients",
  {
    id: text("id").primaryKey(),
    name: text("name").notNull(),
    channel: text("channel", { enum: CHANNELS }).notNull(),
    status: text("status", { enum: ["active", "suspended"] })
      .notNull()
      .default("active"),
    apiKeyHash: text("api_key_hash").notNull().unique(),
    /** The first characters of the key, to tell keys apart in lists and logs. */
    apiKeyPrefix: text("api_key_prefix").notNull(),
    /** The outlet a counter client sits in, if any. */
    unitId: text("unit_id").references(() => orgUnits.id),
    /** For partners: bank or telco. */
    partnerType: text("partner_type", { enum: ["bank", "telco"] }),
    // A new client may do nothing it was not given (every writer lists the operations anyway).
    allowedOperations: text("allowed_operations")
      .array()
      .$type<ClientOperation[]>()
      .notNull()
      .default(sql`'{}'::text[]`),
    /** Requests per minute this client may make (enforced with counters in the database). */
    rateLimitPerMinute: integer("rate_limit_per_minute").notNull().default(600),
    /** Where signed recharge and top-up events are delivered (https, or http to loopback). */
    webhookUrl: text("webhook_url"),
    createdAt: createdAt(),
  },
  (t) => [
    check("channel_clients_channel_check", sql`${t.channel} IN ('counter','ivr','sms','web','partner')`),
    check("channel_clients_status_check", sql`${t.status} IN ('active','suspended')`),
  ],
);

/**
 * A partner's public signing key (JWK), registered by a sysadmin; never fetched from a URL.
 * `kid` is the RFC 7638 thumbprint. One algorithm per key.
 */
export const clientKeys = pgTable(
  "client_keys",
  {
    clientId: text("client_id")
      .notNull()
      .references(() => channelClients.id),
    kid: text("kid").notNull(),
    alg: text("alg", { enum: ["ES256", "EdDSA"] }).notNull(),
    publicJwk: jsonb("public_jwk").notNull(),
    status: text("status", { enum: ["active", "revoked"] })
      .notNull()
      .default("active"),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.clientId, t.kid] }),
    check("client_keys_alg_check", sql`${t.alg} IN ('ES256','EdDSA')`),
  ],
);

/** Client-assertion ids already accepted: a jti is never accepted twice, across restarts and instances. */
export const usedAssertionIds = pgTable(
  "used_assertion_ids",
  {
    clientId: text("client_id").notNull(),
    jti: text("jti").notNull(),
    expiresAt: at("expires_at").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.clientId, t.jti] }),
    index("used_assertion_ids_expires_idx").on(t.expiresAt),
  ],
);

/**
 * Fixed-window counters for rate limits and failure limits, shared by every instance: one row per
 * (key, window), e.g. ("fail:ip:203.0.113.9", 2026-11-26T03:20:00Z).
 */
export const rateLimitCounters = pgTable(
  "rate_limit_counters",
  {
    key: text("key").notNull(),
    windowStart: at("window_start").notNull(),
    count: integer("count").notNull().default(0),
    expiresAt: at("expires_at").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.key, t.windowStart] }),
    index("rate_limit_counters_expires_idx").on(t.expiresAt),
  ],
);
