import { auditChain, auditEvents, type Db } from "@powercard/db";
import { and, asc, desc, eq, gt, isNull, sql } from "drizzle-orm";
import { canonicalStoredEvent, GENESIS_HASH, hashLink, storedEventColumns } from "./canonical-event.ts";

/**
 * Key of the transaction-level advisory lock that makes the sealer a singleton across processes
 * (0x61756469 = "audi"). Any other use of this key in the database would block sealing.
 */
export const AUDIT_SEAL_LOCK_KEY = 0x61756469;

/**
 * How far below the last sealed event to look for unsealed ones. entry_no is taken at INSERT but
 * events become visible at COMMIT, so a slow transaction can commit an event whose entry_no is
 * below one already sealed; it is picked up as long as it lands within this window. Events
 * that commit even later stay unsealed — verifyAuditChain counts them (`unsealed`).
 */
export const SEAL_WINDOW = 10_000;

type Tx = Parameters<Parameters<Db["orm"]["transaction"]>[0]>[0];

/**
 * Appends every committed, not yet sealed audit event to the hash chain, in entry_no order,
 * and returns how many it sealed. One transaction: the chain grows by whole runs or not at all.
 */
export async function sealAuditChain(db: Db, now: Date, { batchSize = 1000 } = {}): Promise<number> {
  return db.orm.transaction(async (tx) => {
    // Taken before reading the head: a second sealer waits here, then sees our rows.
    await tx.execute(sql`SELECT pg_advisory_xact_lock(${AUDIT_SEAL_LOCK_KEY})`);
    let { position, hash, lowerBound } = await chainHead(tx);
    let sealed = 0;
    for (;;) {
      const events = await tx
        .select({ entryNo: auditEvents.entryNo, ...storedEventColumns })
        .from(auditEvents)
        .leftJoin(auditChain, eq(auditChain.eventId, auditEvents.id))
        .where(and(gt(auditEvents.entryNo, lowerBound), isNull(auditChain.eventId)))
        .orderBy(asc(auditEvents.entryNo))
        .limit(batchSize);
      if (events.length === 0) break;
      const links = events.map((event) => {
        const prevHash = hash;
        hash = hashLink(prevHash, canonicalStoredEvent(event));
        position += 1;
        return { position, eventId: event.id, prevHash, hash, sealedAt: now };
      });
      await tx.insert(auditChain).values(links);
      sealed += links.length;
      // Slide the window forward so a long first seal does not rescan from the start each batch.
      const lastEntryNo = events[events.length - 1]?.entryNo ?? 0;
      lowerBound = Math.max(lowerBound, lastEntryNo - SEAL_WINDOW);
      if (events.length < batchSize) break;
    }
    return sealed;
  });
}

/** The last link, and the entry_no below which no event is looked for. */
async function chainHead(tx: Tx) {
  const [last] = await tx
    .select({ position: auditChain.position, hash: auditChain.hash, entryNo: auditEvents.entryNo })
    .from(auditChain)
    .leftJoin(auditEvents, eq(auditEvents.id, auditChain.eventId))
    .orderBy(desc(auditChain.position))
    .limit(1);
  if (!last) return { position: 0, hash: GENESIS_HASH, lowerBound: 0 };
  // A missing event (tampering) leaves no anchor for the window: fall back to a full scan.
  const lowerBound = last.entryNo === null ? 0 : last.entryNo - SEAL_WINDOW;
  return { position: last.position, hash: last.hash, lowerBound };
}
