import { type CorrectionCaseState, customers, orgUnits, refundCases } from "@powercard/db";
import { and, eq } from "drizzle-orm";
import type { UserPrincipal } from "../../shared/auth/principal.ts";
import { DomainError } from "../../shared/errors.ts";
import { maskName } from "../../shared/mask.ts";
import { keysetPage } from "../pagination/keyset-page.ts";
import type { ServiceContext } from "../service-context.ts";
import { onCaseLine } from "./case-scope.ts";
import { type RefundCaseView, toRefundCaseView } from "./refund-case-view.ts";

type Ctx = Pick<ServiceContext, "db"> & { actor: UserPrincipal };

const selection = { c: refundCases, name: customers.name };

/** Refund cases on the caller's line, newest first, a page at a time. */
export async function listRefundCases({
  ctx,
  input,
}: {
  ctx: Ctx;
  input: { state?: CorrectionCaseState; limit: number; cursor?: string };
}): Promise<{ data: RefundCaseView[]; nextCursor: string | null }> {
  const { rows, nextCursor } = await keysetPage(
    input,
    { at: refundCases.createdAt, id: refundCases.id },
    (page) =>
      ctx.db.orm
        .select(selection)
        .from(refundCases)
        .innerJoin(orgUnits, eq(orgUnits.id, refundCases.unitId))
        .innerJoin(customers, eq(customers.customerNo, refundCases.customerNo))
        .where(
          and(
            onCaseLine(orgUnits.path, ctx.actor),
            input.state ? eq(refundCases.state, input.state) : undefined,
            page.where,
          ),
        )
        .orderBy(...page.orderBy)
        .limit(page.limit),
    ({ c }) => ({ at: c.createdAt, id: c.id }),
  );
  return { data: rows.map((r) => toRefundCaseView(r.c, maskName(r.name))), nextCursor };
}

export async function getRefundCase({ ctx, input }: { ctx: Ctx; input: { id: string } }) {
  const [row] = await ctx.db.orm
    .select(selection)
    .from(refundCases)
    .innerJoin(orgUnits, eq(orgUnits.id, refundCases.unitId))
    .innerJoin(customers, eq(customers.customerNo, refundCases.customerNo))
    .where(and(eq(refundCases.id, input.id), onCaseLine(orgUnits.path, ctx.actor)));
  if (!row) throw new DomainError("refund_case_not_found");
  return toRefundCaseView(row.c, maskName(row.name));
}
