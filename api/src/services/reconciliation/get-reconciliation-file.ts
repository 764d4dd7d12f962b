import { RECONCILIATION_TYP, signDocument } from "../../shared/auth/signed-documents.ts";
import { assertBusinessDayBegun } from "../../shared/business-day.ts";
import type { ServiceContext } from "../service-context.ts";
import { partnerRecharges, partnerTopups, sumOf } from "./partner-day.ts";
import type { ReconciliationFileView } from "./reconciliation-file-view.ts";

/**
 * Every recharge and top-up the calling client made on one Asia/Shanghai business day, with
 * totals, as a compact JWS signed with Powercard's current key. Today's file covers the day so far.
 */
export async function getReconciliationFile({
  ctx,
  input,
}: {
  ctx: Pick<ServiceContext, "db" | "caller" | "now" | "signingKeys">;
  input: { date: string };
}): Promise<{ jws: string; file: ReconciliationFileView }> {
  assertBusinessDayBegun(input.date, ctx.now);
  const [recharges, topups] = await Promise.all([
    partnerRecharges(ctx.db, ctx.caller.id, input.date),
    partnerTopups(ctx.db, ctx.caller.id, input.date),
  ]);
  const topupTotals = sumOf(topups);
  const file: ReconciliationFileView = {
    clientId: ctx.caller.id,
    businessDate: input.date,
    generatedAt: ctx.now.toISOString(),
    currency: "CNY",
    recharges,
    topups,
    totals: { recharges: sumOf(recharges), topups: topupTotals, netPayableFen: topupTotals.amountFen },
  };
  return { jws: await signDocument(ctx.signingKeys, RECONCILIATION_TYP, file), file };
}
