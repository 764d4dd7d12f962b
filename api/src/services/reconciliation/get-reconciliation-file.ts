import { RECONCILIATION_TYP, signDocument } from "../../shared/auth/signed-documents.ts";
import { assertBusinessDayBegun } from "../../shared/business-day.ts";
import type { ServiceContext } from "../service-context.ts";
import {
  type CountAndAmount,
  partnerRecharges,
  partnerTopups,
  type ReconciledRecharge,
  type ReconciledTopup,
  sumOf,
} from "./partner-day.ts";

/** The payload of the signed reconciliation file. */
export interface ReconciliationFile {
  clientId: string;
  businessDate: string;
  generatedAt: string;
  currency: "CNY";
  recharges: ReconciledRecharge[];
  topups: ReconciledTopup[];
  totals: {
    recharges: CountAndAmount;
    topups: CountAndAmount;
    /** What the partner owes for the day: its top-ups (a card recharge was paid for at the outlet). */
    netPayableFen: number;
  };
}

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
}): Promise<{ jws: string; file: ReconciliationFile }> {
  assertBusinessDayBegun(input.date, ctx.now);
  const [recharges, topups] = await Promise.all([
    partnerRecharges(ctx.db, ctx.caller.id, input.date),
    partnerTopups(ctx.db, ctx.caller.id, input.date),
  ]);
  const topupTotals = sumOf(topups);
  const file: ReconciliationFile = {
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
