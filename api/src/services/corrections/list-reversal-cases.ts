import { type CorrectionCaseState, orgUnits, reversalCases } from "@powercard/db";
import { and, eq } from "drizzle-orm";
import type { UserPrincipal } from "../../shared/auth/principal.ts";
import { DomainError } from "../../shared/errors.ts";
import { keysetPage } from "../pagination/keyset-page.ts";
import type { ServiceContext } from "../service-context.ts";
import { onCaseLine } from "./case-scope.ts";
import { type ReversalCaseView, toReversalCaseViews } from "./reversal-case-view.ts";

type Ctx = Pick<ServiceContext, "db"> & { actor: UserPrincipal };

/** Reversal cases on the caller's line, newest first, a page at a time. */
export async function listReversalCases({
  ctx,
  input,
}: {
  ctx: Ctx;
  input: { state?: CorrectionCaseState; limit: number; cursor?: string };
}): Promise<{ data: ReversalCaseView[]; nextCursor: string | null }> {
  const { rows, nextCursor } = await keysetPage(
    input,
    { at: reversalCases.createdAt, id: reversalCases.id },
    (page) =>
      ctx.db.orm
        .select({ c: reversalCases })
        .from(reversalCases)
        .innerJoin(orgUnits, eq(orgUnits.id, reversalCases.unitId))
        .where(
          and(
            onCaseLine(orgUnits.path, ctx.actor),
            input.state ? eq(reversalCases.state, input.state) : undefined,
            page.where,
          ),
        )
        .orderBy(...page.orderBy)
        .limit(page.limit),
    ({ c }) => ({ at: c.createdAt, id: c.id }),
  );
  return {
    data: await toReversalCaseViews(
      ctx.db.orm,
      rows.map((r) => r.c),
    ),
    nextCursor,
  };
}

/** One case on the caller's line; another unit's is not found. */
export async function getReversalCase({ ctx, input }: { ctx: Ctx; input: { id: string } }) {
  const [row] = await ctx.db.orm
    .select({ c: reversalCases })
    .from(reversalCases)
    .innerJoin(orgUnits, eq(orgUnits.id, reversalCases.unitId))
    .where(and(eq(reversalCases.id, input.id), onCaseLine(orgUnits.path, ctx.actor)));
  if (!row) throw new DomainError("reversal_case_not_found");
  const [view] = await toReversalCaseViews(ctx.db.orm, [row.c]);
  return view as ReversalCaseView;
}
