import { type Orm, settlementLines, settlementRuns } from "@powercard/db";
import { and, eq, ne, sql } from "drizzle-orm";
import type { UserPrincipal } from "../../shared/auth/principal.ts";
import { DomainError } from "../../shared/errors.ts";
import { newId } from "../../shared/ids.ts";
import { requestApproval } from "../approvals/request-approval.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import type { ServiceContext } from "../service-context.ts";
import { atTreeRoot } from "../units/unit-scope.ts";
import { unifiedBalance, unitDues } from "./settlement-figures.ts";
import { finishedPeriodEnd } from "./settlement-period.ts";
import { type SettlementRunView, settlementRunView } from "./settlement-run-view.ts";

type Ctx = ServiceContext & { actor: UserPrincipal };

/**
 * A settlement officer of the settlement center (the root unit: a run covers every accounting
 * unit) computes a month's card-fund return and asks a second officer to approve it (kind
 * `settlement_run`). Nothing is booked yet. The run row is inserted first: it takes the period's
 * slot and the one pending slot (partial unique indexes), waiting for any run being decided
 * concurrently, so the figures read afterwards include that run's returns.
 */
export async function createSettlementRun({
  ctx,
  input,
}: {
  ctx: Ctx;
  input: { period: string };
}): Promise<SettlementRunView> {
  const { actor, now } = ctx;
  if (!atTreeRoot(actor))
    throw new DomainError("forbidden", {
      detail: "Settlement runs are made by the settlement center: staff of the root unit.",
    });
  const periodEnd = finishedPeriodEnd(input.period, now);
  const id = newId.settlementRun();
  const approvalId = newId.approval();

  const created = await ctx.db.orm.transaction(async (tx) => {
    const [run] = await tx
      .insert(settlementRuns)
      .values({
        id,
        period: input.period,
        state: "pending_approval",
        unitId: actor.unitId,
        approvalId,
        createdBy: actor.id,
        createdAt: now,
        dueFen: 0,
        unifiedBalanceFen: 0,
        shortfallFen: 0,
      })
      .onConflictDoNothing()
      .returning();
    if (!run) return null;
    const dues = await unitDues(tx, periodEnd);
    const balance = await unifiedBalance(tx);
    const dueFen = dues.reduce((s, d) => s + d.dueFen, 0);
    if (dues.length > 0) await tx.insert(settlementLines).values(dues.map((d) => ({ runId: id, ...d })));
    const [totals] = await tx
      .update(settlementRuns)
      .set({ dueFen, unifiedBalanceFen: balance, shortfallFen: Math.max(dueFen - balance, 0) })
      .where(eq(settlementRuns.id, id))
      .returning();
    const unitCount = dues.filter((d) => d.dueFen > 0).length;
    await requestApproval(
      { tx, requestId: ctx.requestId, now, actor },
      {
        kind: "settlement_run",
        objectType: "settlement_run",
        objectId: id,
        unitId: actor.unitId,
        summary: `Card-fund return for ${input.period}: ${dueFen} fen due to ${unitCount} unit(s)`,
        checkerRole: "settlement_officer",
        payload: { period: input.period, dueFen, unitCount },
        id: approvalId,
      },
    );
    await recordAuditEvent(
      { tx, requestId: ctx.requestId, now, actor: { type: "user", id: actor.id } },
      {
        action: "settlement_run.created",
        objectType: "settlement_run",
        objectId: id,
        unitId: actor.unitId,
        after: { period: input.period, dueFen, unifiedBalanceFen: balance },
      },
    );
    return settlementRunView(tx, totals ?? run);
  });
  if (created) return created;
  throw await conflictFor(ctx.db.orm, input.period);
}

/** Why the insert found its slot taken: this period's run, or another period's undecided run. */
async function conflictFor(orm: Orm, period: string): Promise<DomainError> {
  const [same] = await orm
    .select({ id: settlementRuns.id, state: settlementRuns.state })
    .from(settlementRuns)
    .where(and(eq(settlementRuns.period, period), ne(settlementRuns.state, "rejected")));
  if (same)
    return new DomainError("settlement_run_exists", {
      detail: `The run for ${period} is ${same.id} (${same.state}).`,
    });
  const [pending] = await orm
    .select({ id: settlementRuns.id, period: settlementRuns.period })
    .from(settlementRuns)
    .where(eq(settlementRuns.state, sql`'pending_approval'`));
  return new DomainError("settlement_run_pending", {
    detail: pending
      ? `The run ${pending.id} for ${pending.period} awaits a decision; decide it first.`
      : "Another run was being made at the same time; try again.",
  });
}
