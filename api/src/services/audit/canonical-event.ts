import { createHash } from "node:crypto";
import { auditEvents } from "@powercard/db";
import { sql } from "drizzle-orm";

/** The prev_hash of chain position 1. */
export const GENESIS_HASH = "0".repeat(64);

/** The fields of an audit event that the chain vouches for — all of them except entry_no. */
export interface CanonicalEventInput {
  id: string;
  /** A Date, or the UTC text PostgreSQL gives for `storedEventColumns.occurredAt`. */
  occurredAt: Date | string;
  actorType: string;
  actorId: string;
  action: string;
  objectType: string;
  objectId: string;
  unitId: string | null;
  requestId: string | null;
  before: unknown;
  after: unknown;
}

/**
 * The exact bytes that are hashed: JSON with every object's keys sorted (arrays keep their
 * order), nulls written out. jsonb reorders keys on storage and the two drivers parse it their
 * own way, so only a sorted form of what was read back is stable.
 */
export function canonicalEvent(e: CanonicalEventInput): string {
  return canonicalJson({
    id: e.id,
    occurredAt: typeof e.occurredAt === "string" ? e.occurredAt : microsecondIso(e.occurredAt),
    actorType: e.actorType,
    actorId: e.actorId,
    action: e.action,
    objectType: e.objectType,
    objectId: e.objectId,
    unitId: e.unitId,
    requestId: e.requestId,
    before: e.before ?? null,
    after: e.after ?? null,
  });
}

/** hex SHA-256 of `prevHash + "\n" + canonical`: each link commits to everything before it. */
export function hashLink(prevHash: string, canonical: string): string {
  return createHash("sha256").update(`${prevHash}\n${canonical}`, "utf8").digest("hex");
}

/**
 * What the sealer and the verifier select, so both hash the very same text on both engines:
 * the time formatted by the database at its full (microsecond) precision — a JS Date would
 * drop the last three digits, hiding a change to them — and jsonb as text, parsed here by
 * JSON.parse rather than by whichever driver is in use.
 */
export const storedEventColumns = {
  id: auditEvents.id,
  occurredAt: sql<string>`to_char(${auditEvents.occurredAt} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`,
  actorType: auditEvents.actorType,
  actorId: auditEvents.actorId,
  action: auditEvents.action,
  objectType: auditEvents.objectType,
  objectId: auditEvents.objectId,
  unitId: auditEvents.unitId,
  requestId: auditEvents.requestId,
  before: sql<string | null>`${auditEvents.before}::text`,
  after: sql<string | null>`${auditEvents.after}::text`,
};

/** A row as selected with `storedEventColumns`. */
export type StoredEventRow = Omit<CanonicalEventInput, "occurredAt" | "before" | "after"> & {
  occurredAt: string;
  before: string | null;
  after: string | null;
};

/** A stored row → its canonical form. */
export function canonicalStoredEvent(row: StoredEventRow): string {
  return canonicalEvent({
    ...row,
    before: row.before === null ? null : JSON.parse(row.before),
    after: row.after === null ? null : JSON.parse(row.after),
  });
}

/** Same format as the SQL above: `2026-01-02T03:04:05.678000Z`. */
function microsecondIso(date: Date): string {
  return date.toISOString().replace("Z", "000Z");
}

/**
 * JSON.stringify, but with keys sorted by UTF-16 code units. (Rebuilding objects with sorted
 * keys is not enough: JS always puts integer-like keys such as "10" first.)
 */
function canonicalJson(value: unknown): string {
  if (value !== null && typeof value === "object" && !("toJSON" in value)) {
    if (Array.isArray(value))
      return `[${value.map((v) => (v === undefined ? "null" : canonicalJson(v))).join(",")}]`;
    const record = value as Record<string, unknown>;
    const members = Object.keys(record)
      .sort()
      .filter((key) => record[key] !== undefined)
      .map((key) => `${JSON.stringify(key)}:${canonicalJson(record[key])}`);
    return `{${members.join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}
