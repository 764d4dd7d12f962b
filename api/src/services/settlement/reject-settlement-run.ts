import { type Orm, settlementRuns } from "@powercard/db";
import { and, eq } from "drizzle-orm";
import type { ApprovalRow } from "../approvals/approval-view.ts";

/** Run by a rejection: nothing is booked, and the period may be run again. */
export async function rejectSettlementRun(tx: Orm, approval: ApprovalRow, now: Date) {
  await tx
    .update(settlementRuns)
    .set({ state: "rejected", decidedAt: now })
    .where(and(eq(settlementRuns.id, approval.objectId), eq(settlementRuns.state, "pending_approval")));
}
