import { auditChain, auditEvents, type Db } from "@powercard/db";
import { eq } from "drizzle-orm";
import type { AuditChainReportView } from "./audit-verification-view.ts";
import { verifyAuditChain } from "./verify-audit-chain.ts";

/**
 * The chain verification with the last intact link named by position, event and time, so the
 * auditor reads "intact up to <time>" rather than a count. `checked` is that link's position:
 * positions run 1, 2, … without gaps up to the first break.
 */
export async function auditChainReport(db: Db): Promise<AuditChainReportView> {
  const report = await verifyAuditChain(db);
  if (report.checked === 0) return { ...report, lastIntact: null };
  const [link] = await db.orm
    .select({
      position: auditChain.position,
      eventId: auditChain.eventId,
      occurredAt: auditEvents.occurredAt,
    })
    .from(auditChain)
    .innerJoin(auditEvents, eq(auditEvents.id, auditChain.eventId))
    .where(eq(auditChain.position, report.checked));
  return {
    ...report,
    lastIntact: link
      ? {
          position: Number(link.position),
          eventId: link.eventId,
          // As every other time of the API: RFC 3339 UTC to the millisecond (the chain hashes µs).
          occurredAt: new Date(link.occurredAt).toISOString(),
        }
      : null,
  };
}
