import { approvals, orgUnits } from "@powercard/db";
import { and, desc, eq, type SQL } from "drizzle-orm";
import type { UserPrincipal } from "../../shared/auth/principal.ts";
import { DomainError } from "../../shared/errors.ts";
import type { ServiceContext } from "../service-context.ts";
import { staffAlias, staffRefColumns, staffRefOrNull } from "../staff/staff-ref.ts";
import { unitInScope } from "../units/scope.ts";
import { withinUnit } from "../units/unit-scope.ts";
import { type ApprovalView, toApprovalView } from "./approval-view.ts";

type Ctx = ServiceContext & { actor: UserPrincipal };
type Db = ServiceContext["db"]["orm"];

const maker = staffAlias("maker");
const checker = staffAlias("checker");

/** Approval requests with their maker's and checker's names: staff_users joined once, here. */
async function selectApprovals(orm: Db, where: SQL | undefined, limit: number) {
  const rows = await orm
    .select({
      approval: approvals,
      unitPath: orgUnits.path,
      maker: staffRefColumns(maker),
      checker: staffRefColumns(checker),
    })
    .from(approvals)
    .innerJoin(orgUnits, eq(orgUnits.id, approvals.unitId))
    .innerJoin(maker, eq(maker.id, approvals.makerId))
    .leftJoin(checker, eq(checker.id, approvals.checkerId))
    .where(where)
    .orderBy(desc(approvals.createdAt))
    .limit(limit);
  return rows.map((r) => ({
    row: r.approval,
    unitPath: r.unitPath,
    view: toApprovalView(r.approval, { maker: r.maker, checker: staffRefOrNull(r.checker) }),
  }));
}

/** An approval request in the caller's subtree; anything else is not found. */
export async function getApproval({ ctx, input }: { ctx: Ctx; input: { id: string } }) {
  const [found] = await selectApprovals(ctx.db.orm, eq(approvals.id, input.id), 1);
  if (!found) throw new DomainError("approval_not_found");
  await unitInScope(ctx.db, ctx.actor, found.row.unitId, "approval_not_found");
  return found;
}

/** One request as the API shows it, read again after a change (names included). */
export async function approvalView(orm: Db, id: string): Promise<ApprovalView> {
  const [found] = await selectApprovals(orm, eq(approvals.id, id), 1);
  if (!found) throw new DomainError("approval_not_found");
  return found.view;
}

/** Requests of the caller's subtree (optionally in one state), newest first, at most 200. */
export async function listApprovals({
  ctx,
  input,
}: {
  ctx: Ctx;
  input: { state?: "pending" | "approved" | "rejected" };
}) {
  const rows = await selectApprovals(
    ctx.db.orm,
    and(
      withinUnit(orgUnits.path, ctx.actor.unitPath),
      input.state ? eq(approvals.state, input.state) : undefined,
    ),
    200,
  );
  return rows.map((r) => r.view);
}
