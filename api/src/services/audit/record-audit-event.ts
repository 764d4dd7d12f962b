import { auditEvents } from "@powercard/db";
import { newId } from "../../shared/ids.ts";
import type { TxContext } from "../tx-context.ts";

/** Who did it: a staff user, a channel client, or the system itself (a scheduled job). */
export interface AuditActor {
  type: "user" | "client" | "system";
  id: string;
}

export interface AuditEntry {
  action: string;
  objectType: string;
  objectId: string;
  unitId?: string | null;
  before?: unknown;
  after?: unknown;
}

/**
 * Appends one audit event. Call it with the transaction that makes the change, so the record
 * exists if and only if the change does. The hash chain is added later by the sealer.
 */
export async function recordAuditEvent(
  { tx, requestId, now, actor }: TxContext & { actor: AuditActor },
  entry: AuditEntry,
): Promise<string> {
  const id = newId.auditEvent();
  await tx.insert(auditEvents).values({
    id,
    occurredAt: now,
    actorType: actor.type,
    actorId: actor.id,
    action: entry.action,
    objectType: entry.objectType,
    objectId: entry.objectId,
    unitId: entry.unitId ?? null,
    requestId,
    before: entry.before ?? null,
    after: entry.after ?? null,
  });
  return id;
}
