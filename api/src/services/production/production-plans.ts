import { businessDate, type Orm, orgUnits, productionPlans, productionRequests } from "@powercard/db";
import { and, asc, desc, eq, inArray } from "drizzle-orm";
import { inScope, type UserPrincipal } from "../../shared/auth/principal.ts";
import { DomainError } from "../../shared/errors.ts";
import { newId } from "../../shared/ids.ts";
import { requestApproval } from "../approvals/request-approval.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import type { ServiceContext } from "../service-context.ts";
import type { TxContext } from "../tx-context.ts";
import { withinUnit } from "../units/unit-scope.ts";
import type { ProductionPlanView } from "./production-plan-view.ts";

type Ctx = ServiceContext & { actor: UserPrincipal };
type PlanRow = typeof productionPlans.$inferSelect;

/** Unsold cards may be sold for three years after the plan unless the plan says otherwise. */
export const DEFAULT_SELL_BY_YEARS = 3;

/**
 * The issuer turns open requests into a plan; a second issuer approves it (maker-checker,
 * kind `production_plan`). Taking the requests is a compare-and-set on state 'open', so one
 * request can never end up in two plans.
 */
export async function createProductionPlan({
  ctx,
  input,
}: {
  ctx: Ctx;
  input: { requestIds: string[]; sellBy?: string };
}) {
  const sellBy = input.sellBy ?? defaultSellBy(ctx.now);
  if (sellBy <= businessDate(ctx.now)) {
    throw new DomainError("validation_failed", {
      detail: "sellBy must be a future date",
      fieldErrors: [{ field: "body.sellBy", message: "must be after today" }],
    });
  }
  const ids = [...new Set(input.requestIds)];
  const planId = newId.productionPlan();
  return ctx.db.orm.transaction(async (tx) => {
    const taken = await tx
      .update(productionRequests)
      .set({ state: "planned", planId })
      .where(
        and(
          inArray(productionRequests.id, ids),
          eq(productionRequests.state, "open"),
          inArray(
            productionRequests.unitId,
            tx
              .select({ id: orgUnits.id })
              .from(orgUnits)
              .where(withinUnit(orgUnits.path, ctx.actor.unitPath)),
          ),
        ),
      )
      .returning({ id: productionRequests.id });
    if (taken.length !== ids.length) {
      const missing = ids.filter((id) => !taken.some((t) => t.id === id));
      throw new DomainError("production_request_not_open", {
        detail: `These requests are not open requests of your units: ${missing.join(", ")}`,
      });
    }
    const approval = await requestApproval(
      { tx, requestId: ctx.requestId, now: ctx.now, actor: ctx.actor },
      {
        kind: "production_plan",
        objectType: "production_plan",
        objectId: planId,
        unitId: ctx.actor.unitId,
        summary: `Production plan ${planId}: ${ids.length} request(s), sell by ${sellBy}`,
        checkerRole: "issuer",
        payload: { planId, requestCount: ids.length, sellBy },
      },
    );
    const row: PlanRow = {
      id: planId,
      unitId: ctx.actor.unitId,
      state: "pending_approval",
      sellBy,
      approvalId: approval.id,
      createdBy: ctx.actor.id,
      createdAt: ctx.now,
      decidedAt: null,
    };
    await tx.insert(productionPlans).values(row);
    await recordAuditEvent(
      { tx, requestId: ctx.requestId, now: ctx.now, actor: { type: "user", id: ctx.actor.id } },
      {
        action: "production_plan.created",
        objectType: "production_plan",
        objectId: planId,
        unitId: ctx.actor.unitId,
        after: { requestIds: ids, sellBy },
      },
    );
    return planView(tx, row);
  });
}

export async function getProductionPlan({ ctx, input }: { ctx: Ctx; input: { id: string } }) {
  const [found] = await ctx.db.orm
    .select({ plan: productionPlans, path: orgUnits.path })
    .from(productionPlans)
    .innerJoin(orgUnits, eq(orgUnits.id, productionPlans.unitId))
    .where(eq(productionPlans.id, input.id));
  if (!found || !inScope(ctx.actor, found.path)) throw new DomainError("production_plan_not_found");
  return planView(ctx.db.orm, found.plan);
}

/** Plans of the caller's subtree (optionally in one state), newest first, at most 100, with their lines. */
export async function listProductionPlans({
  ctx,
  input,
}: {
  ctx: Ctx;
  input: { state?: PlanRow["state"] };
}): Promise<ProductionPlanView[]> {
  const rows = await ctx.db.orm
    .select({ plan: productionPlans })
    .from(productionPlans)
    .innerJoin(orgUnits, eq(orgUnits.id, productionPlans.unitId))
    .where(
      and(
        withinUnit(orgUnits.path, ctx.actor.unitPath),
        input.state ? eq(productionPlans.state, input.state) : undefined,
      ),
    )
    .orderBy(desc(productionPlans.createdAt), desc(productionPlans.id))
    .limit(100);
  return Promise.all(rows.map((r) => planView(ctx.db.orm, r.plan)));
}

async function planView(orm: Orm, plan: PlanRow): Promise<ProductionPlanView> {
  const lines = await orm
    .select()
    .from(productionRequests)
    .where(eq(productionRequests.planId, plan.id))
    .orderBy(asc(productionRequests.createdAt), asc(productionRequests.id));
  return {
    id: plan.id,
    unitId: plan.unitId,
    state: plan.state,
    sellBy: plan.sellBy,
    approvalId: plan.approvalId,
    createdBy: plan.createdBy,
    createdAt: plan.createdAt.toISOString(),
    decidedAt: plan.decidedAt?.toISOString() ?? null,
    lines: lines.map((l) => ({
      requestId: l.id,
      unitId: l.unitId,
      faceValueFen: l.faceValueFen,
      quantity: l.quantity,
    })),
    cardCount: lines.reduce((n, l) => n + l.quantity, 0),
    totalFen: lines.reduce((n, l) => n + l.quantity * l.faceValueFen, 0),
  };
}

/** Run by the approval of a `production_plan` request, in the deciding transaction. */
export async function approveProductionPlan({ tx, now }: TxContext, planId: string) {
  await tx
    .update(productionPlans)
    .set({ state: "approved", decidedAt: now })
    .where(and(eq(productionPlans.id, planId), eq(productionPlans.state, "pending_approval")));
}

/** Run by a rejection: the plan is closed and its requests are open again for another plan. */
export async function rejectProductionPlan({ tx, now }: TxContext, planId: string) {
  await tx
    .update(productionPlans)
    .set({ state: "rejected", decidedAt: now })
    .where(and(eq(productionPlans.id, planId), eq(productionPlans.state, "pending_approval")));
  await tx
    .update(productionRequests)
    .set({ state: "open", planId: null })
    .where(eq(productionRequests.planId, planId));
}

function defaultSellBy(now: Date): string {
  const [y, rest] = [businessDate(now).slice(0, 4), businessDate(now).slice(4)];
  const date = `${Number(y) + DEFAULT_SELL_BY_YEARS}${rest}`;
  return date.endsWith("-02-29") ? date.replace("-02-29", "-02-28") : date;
}
