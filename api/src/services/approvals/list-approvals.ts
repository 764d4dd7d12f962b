import { approvals, orgUnits } from "@powercard/db";
import { and, desc, eq } from "drizzle-orm";
import type { UserPrincipal } from "../../shared/auth/principal.ts";
import { DomainError } from "../../shared/errors.ts";
import type { ServiceContext } from "../service-context.ts";
import { unitInScope } from "../units/scope.ts";
import { withinUnit } from "../units/unit-scope.ts";
import { toApprovalView } from "./approval-view.ts";

type Ctx = ServiceContext & { actor: UserPrincipal };

/** An approval request in the caller's subtree; anything else is not found. */
export async function getApproval({ ctx, input }: { ctx: Ctx; input: { id: string } }) {
  const [row] = await ctx.db.orm.select().from(approvals).where(eq(approvals.id, input.id));
  if (!row) throw new DomainError("approval_not_found");
  await unitInScope(ctx.db, ctx.actor, row.unitId, "approval_not_found");
  return row;
}

/** Requests of the caller's subtree (optionally in one state), newest first, at most 200. */
export async function listApprovals({
  ctx,
  input,
}: {
  ctx: Ctx;
  input: { state?: "pending" | "approved" | "rejected" };
}) {
  const rows = await ctx.db.orm
    .select({ approval: approvals })
    .from(approvals)
    .innerJoin(orgUnits, eq(orgUnits.id, approvals.unitId))
    .where(
      and(
        withinUnit(orgUnits.path, ctx.actor.unitPath),
        input.state ? eq(approvals.state, input.state) : undefined,
      ),
    )
    .orderBy(desc(approvals.createdAt))
    .limit(200);
  return rows.map((r) => toApprovalView(r.approval));
}
