import { settlementRuns } from "@powercard/db";
import { and, eq } from "drizzle-orm";
import type { ApprovalRow } from "../approvals/approval-view.ts";
import type { TxContext } from "../tx-context.ts";

/** Run by a rejection: nothing is booked, and the period may be run again. */
export async function rejectSettlementRun({ tx, now }: TxContext, approval: ApprovalRow) {
  await tx
    .update(settlementRuns)
    .set({ state: "rejected", decidedAt: now })
    .where(and(eq(settlementRuns.id, approval.objectId), eq(settlementRuns.state, "pending_approval")));
}
