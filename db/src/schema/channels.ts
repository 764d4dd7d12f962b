import { sql } from "drizzle-orm";
import { check, pgTable, text } from "drizzle-orm/pg-core";
import { createdAt } from "./columns.ts";
import { orgUnits } from "./org.ts";

export const CHANNELS = ["counter", "ivr", "sms", "web", "partner"] as const;
export type Channel = (typeof CHANNELS)[number];

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
    createdAt: createdAt(),
  },
  (t) => [
    check("channel_clients_channel_check", sql`${t.channel} IN ('counter','ivr','sms','web','partner')`),
    check("channel_clients_status_check", sql`${t.status} IN ('active','suspended')`),
  ],
);
