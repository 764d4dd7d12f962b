import { bigint, customType, timestamp } from "drizzle-orm/pg-core";

/** Money is integer fen in a bigint column, read as a JS bigint-safe number (fen totals stay < 2^53). */
export const fen = (name: string) => bigint(name, { mode: "number" });

/** Timestamps are always timestamptz; values are generated in the app, not by the database. */
export const at = (name: string) => timestamp(name, { withTimezone: true, mode: "date" });

export const createdAt = () => at("created_at").notNull();

export const bytea = customType<{ data: Buffer; driverData: Buffer }>({
  dataType: () => "bytea",
});
