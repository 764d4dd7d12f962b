import { LEDGER_ACCOUNTS, toFen } from "@powercard/db";
import { assertBusinessDayBegun, businessDayStart } from "../../shared/business-day.ts";
import type { ServiceContext } from "../service-context.ts";
import type { DailyNetView } from "./daily-net-view.ts";

/**
 * A partner's day in figures: the card recharges it made (no money between us: the cards were paid
 * for at the outlets) and its direct top-ups, whose sum it owes. The amount owed is read from the
 * ledger's partner receivable, not from the top-up records, so the report shows what the books say.
 */
export async function getDailyNet({
  ctx,
  input,
}: {
  ctx: Pick<ServiceContext, "db" | "caller" | "now">;
  input: { date: string };
}): Promise<DailyNetView> {
  assertBusinessDayBegun(input.date, ctx.now);
  const [row] = await ctx.db.query(
    `SELECT r.n AS recharge_count, r.fen AS recharge_fen, t.n AS topup_count, t.fen AS topup_fen,
            l.fen AS payable_fen
       FROM (SELECT count(*)::int AS n, COALESCE(sum(amount_fen), 0)::bigint AS fen FROM recharges
              WHERE client_id = $1 AND business_date = $2::date) r,
            (SELECT count(*)::int AS n, COALESCE(sum(amount_fen), 0)::bigint AS fen FROM topups
              WHERE client_id = $1 AND business_date = $2::date) t,
            -- No posting of a day is made before the day begins: the bound lets the index skip history.
            (SELECT COALESCE(sum(e.amount_fen), 0)::bigint AS fen
               FROM ledger_entries e
               JOIN ledger_transactions tx ON tx.book_key = e.book_key AND tx.id = e.transaction_id
              WHERE e.account = $3 AND e.owner = $1 AND e.created_at >= $4 AND tx.business_date = $2::date) l`,
    [ctx.caller.id, input.date, LEDGER_ACCOUNTS.partnerReceivable, businessDayStart(input.date)],
  );
  if (!row) throw new Error("daily net query returned no row");
  return {
    clientId: ctx.caller.id,
    businessDate: input.date,
    currency: "CNY",
    recharges: { count: Number(row.recharge_count), amountFen: toFen(row.recharge_fen) },
    topups: { count: Number(row.topup_count), amountFen: toFen(row.topup_fen) },
    netPayableFen: toFen(row.payable_fen),
  };
}
