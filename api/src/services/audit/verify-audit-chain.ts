import { auditChain, auditEvents, type Db } from "@powercard/db";
import { asc, eq, gt } from "drizzle-orm";
import type { AuditVerificationView, ChainBreak } from "./audit-verification-view.ts";
import {
  canonicalStoredEvent,
  GENESIS_HASH,
  hashLink,
  type StoredEventRow,
  storedEventColumns,
} from "./canonical-event.ts";

const PAGE_SIZE = 5_000;

/**
 * Walks the whole chain in position order, recomputing every hash from the stored event, and
 * reports the first broken link. Read-only; pages by position so memory stays flat.
 */
export async function verifyAuditChain(db: Db): Promise<AuditVerificationView> {
  let checked = 0; // also the position of the last good link: keyset for the next page
  let prevHash = GENESIS_HASH;
  for (;;) {
    const page = await db.orm
      .select({
        position: auditChain.position,
        eventId: auditChain.eventId,
        prevHash: auditChain.prevHash,
        hash: auditChain.hash,
        event: storedEventColumns,
      })
      .from(auditChain)
      .leftJoin(auditEvents, eq(auditEvents.id, auditChain.eventId))
      .where(gt(auditChain.position, checked))
      .orderBy(asc(auditChain.position))
      .limit(PAGE_SIZE);
    for (const link of page) {
      const firstBroken = checkLink(link, checked + 1, prevHash);
      if (firstBroken) return { ok: false, checked, firstBroken, unsealed: await countUnsealed(db) };
      prevHash = link.hash;
      checked += 1;
    }
    if (page.length < PAGE_SIZE) break;
  }
  return { ok: true, checked, firstBroken: null, unsealed: await countUnsealed(db) };
}

/** The checks in the order that names the cause best; null when the link holds. */
function checkLink(
  link: { position: number; eventId: string; prevHash: string; hash: string; event: unknown },
  expectedPosition: number,
  prevHash: string,
): AuditVerificationView["firstBroken"] {
  const broken = (reason: ChainBreak) => ({ position: link.position, reason, eventId: link.eventId });
  // The position that should come next is absent: the link that held it was removed.
  if (link.position !== expectedPosition)
    return { position: expectedPosition, reason: "position_gap", eventId: null };
  if (link.prevHash !== prevHash) return broken("prev_hash_mismatch");
  // drizzle turns the left-joined event into null when its row is absent.
  const event = link.event as StoredEventRow | null;
  if (event?.id == null) return broken("event_missing");
  if (hashLink(prevHash, canonicalStoredEvent(event)) !== link.hash) return broken("hash_mismatch");
  return null;
}

async function countUnsealed(db: Db): Promise<number> {
  const [row] = await db.query<{ n: string | number | bigint }>(
    "SELECT count(*) AS n FROM audit_events e WHERE NOT EXISTS (SELECT 1 FROM audit_chain c WHERE c.event_id = e.id)",
  );
  return Number(row?.n ?? 0);
}
