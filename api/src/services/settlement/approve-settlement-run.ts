import { businessDate, settlementLines, settlementRuns } from "@powercard/db";
import { and, asc, eq, gt } from "drizzle-orm";
import { newId } from "../../shared/ids.ts";
import type { ApprovalRow } from "../approvals/approval-view.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import { cardFundReturned, postMovements } from "../ledger/index.ts";
import type { TxContext } from "../tx-context.ts";
import { proRata, unifiedBalance } from "./settlement-figures.ts";

/**
 * Run by the approval of a `settlement_run` request, in the deciding transaction. Per unit with
 * something due, one balanced transaction in the unit's book (its ledger of fee-account movements
 * lives with the unit, like a remittance lives with its outlet): the movement `cardFundReturned`
 * (db/src/ledger/movements.ts). On a shortfall
 * the unified balance is shared pro rata (see proRata). No other run can be undecided meanwhile
 * (one pending slot), so nothing else lowers the unified account between reading and booking.
 */
export async function approveSettlementRun(tc: TxContext, approval: ApprovalRow) {
  const { tx, now } = tc;
  const [run] = await tx
    .update(settlementRuns)
    .set({ state: "approved", decidedAt: now })
    .where(and(eq(settlementRuns.id, approval.objectId), eq(settlementRuns.state, "pending_approval")))
    .returning();
  if (!run) throw new Error(`settlement run ${approval.objectId} is not pending`);
  const lines = await tx
    .select()
    .from(settlementLines)
    .where(and(eq(settlementLines.runId, run.id), gt(settlementLines.dueFen, 0)))
    .orderBy(asc(settlementLines.unitId));
  const shares = proRata(
    lines.map((l) => l.dueFen),
    await unifiedBalance(tx),
  );
  const day = businessDate(now);
  const booked = lines
    .map((l, i) => ({
      unitId: l.unitId,
      amountFen: shares[i] ?? 0,
      transactionId: newId.ledgerTransaction(),
    }))
    .filter((b) => b.amountFen > 0);
  // Two statements for all units, not two per unit.
  await postMovements(
    tx,
    booked.map((b) => ({
      movement: cardFundReturned({ unitId: b.unitId, amountFen: b.amountFen }),
      transactionId: b.transactionId,
      businessDate: day,
      reference: run.id,
      createdAt: now,
    })),
  );
  // One UPDATE per unit: accounting units number in the hundreds, not the millions.
  for (const b of booked)
    await tx
      .update(settlementLines)
      .set({ returnedFen: b.amountFen, ledgerTransactionId: b.transactionId })
      .where(and(eq(settlementLines.runId, run.id), eq(settlementLines.unitId, b.unitId)));
  const returnedFen = booked.reduce((s, b) => s + b.amountFen, 0);
  await tx.update(settlementRuns).set({ returnedFen }).where(eq(settlementRuns.id, run.id));
  await recordAuditEvent(
    { ...tc, actor: { type: "user", id: approval.checkerId ?? approval.makerId } },
    {
      action: "settlement_run.approved",
      objectType: "settlement_run",
      objectId: run.id,
      unitId: run.unitId,
      before: { state: "pending_approval" },
      after: { state: "approved", dueFen: run.dueFen, returnedFen, units: booked.length },
    },
  );
}
