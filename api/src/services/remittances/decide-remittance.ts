import { remittances } from "@powercard/db";
import { and, eq } from "drizzle-orm";
import type { UserPrincipal } from "../../shared/auth/principal.ts";
import { DomainError } from "../../shared/errors.ts";
import type { TxContext } from "../tx-context.ts";
import { findRemittanceInScope } from "./find-remittance.ts";
import type { RemittanceRow } from "./remittance-view.ts";

/**
 * The decision common to confirm and reject: the remittance must be in the officer's subtree,
 * declared by someone else (maker ≠ checker, also a CHECK in the database), and still declared —
 * a compare-and-set, so two officers deciding at once cannot both win.
 */
export async function decideRemittance(
  { tx, now, actor: officer }: TxContext & { actor: UserPrincipal },
  id: string,
  set: { state: "confirmed"; ledgerTransactionId: string } | { state: "rejected"; rejectReason: string },
): Promise<RemittanceRow> {
  const found = await findRemittanceInScope(tx, officer, id);
  if (found.declaredBy === officer.id) throw new DomainError("remittance_self_decision");
  const [row] = await tx
    .update(remittances)
    .set({ ...set, decidedBy: officer.id, decidedAt: now })
    .where(and(eq(remittances.id, id), eq(remittances.state, "declared")))
    .returning();
  if (!row) throw new DomainError("remittance_not_pending");
  return row;
}
