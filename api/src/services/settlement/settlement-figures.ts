import { type FigureItem, LEDGER_ACCOUNTS, type Orm, resultRows, toFen } from "@powercard/db";
import { sql } from "drizzle-orm";
import { figuresBetween, rolledThrough, SINCE_EVER } from "../figures/figures-between.ts";

/** The figures a unit's due is made of: its customers' credits and their corrections. */
const SETTLED_ITEMS: readonly FigureItem[] = ["recharge", "topup", "reversal_out", "reversal_in", "refund"];

export interface UnitDue {
  unitId: string;
  rechargesFen: number;
  topupsFen: number;
  correctionsFen: number;
  returnedBeforeFen: number;
  dueFen: number;
}

/**
 * Per accounting unit: what its customers were credited by recharges and partner top-ups with a
 * business date up to `periodEnd`, corrected by the reversals and refunds executed by then, minus
 * everything approved runs already returned to it. A reversal counts at the unit its credit
 * recorded (out) and at the right customer's unit (in), on the day it was executed: the card
 * funds follow the value to where it will pay electricity. A value returned to its card or
 * partner, or refunded to a closed account's holder, leaves the unit: the settlement center
 * keeps it (the card float, the partner's receivable, the refund payout). The
 * credits are the cumulative daily figures (figuresBetween: closed days from daily_figures, the
 * rest live), so the run reads a row per unit and day, not every recharge. Counting from the
 * beginning (not only the month) means a unit's unreturned rest after a shortfall is due again
 * next month.
 */
export async function unitDues(tx: Orm, periodEnd: string): Promise<UnitDue[]> {
  const rows = resultRows<Record<string, unknown>>(
    await tx.execute(sql`
      WITH credited AS (
        SELECT unit_id,
               sum(amount_fen) FILTER (WHERE item = 'recharge') AS recharges,
               sum(amount_fen) FILTER (WHERE item = 'topup') AS topups,
               COALESCE(sum(amount_fen) FILTER (WHERE item = 'reversal_in'), 0)
                 - COALESCE(sum(amount_fen) FILTER (WHERE item IN ('reversal_out', 'refund')), 0) AS corrections
          FROM ${figuresBetween(await rolledThrough(tx), SINCE_EVER, periodEnd, SETTLED_ITEMS)} f
         GROUP BY unit_id
      ),
      returned AS (
        SELECT l.unit_id, sum(l.returned_fen) AS returned
          FROM settlement_lines l JOIN settlement_runs r ON r.id = l.run_id
         WHERE r.state = 'approved'
         GROUP BY l.unit_id
      )
      SELECT COALESCE(c.unit_id, r.unit_id) AS unit_id,
             COALESCE(c.recharges, 0) AS recharges,
             COALESCE(c.topups, 0) AS topups,
             COALESCE(c.corrections, 0) AS corrections,
             COALESCE(r.returned, 0) AS returned
        FROM credited c FULL JOIN returned r ON r.unit_id = c.unit_id
       ORDER BY 1`),
  );
  return rows.map((r) => {
    const rechargesFen = toFen(r.recharges);
    const topupsFen = toFen(r.topups);
    const correctionsFen = toFen(r.corrections);
    const returnedBeforeFen = toFen(r.returned);
    return {
      unitId: String(r.unit_id),
      rechargesFen,
      topupsFen,
      correctionsFen,
      returnedBeforeFen,
      dueFen: Math.max(rechargesFen + topupsFen + correctionsFen - returnedBeforeFen, 0),
    };
  });
}

/** The settlement center's unified account: a system account, so the sum of its entries. */
export async function unifiedBalance(tx: Orm): Promise<number> {
  const [row] = resultRows<{ s: unknown }>(
    await tx.execute(sql`
      SELECT COALESCE(sum(amount_fen), 0) AS s FROM ledger_entries
       WHERE account = ${LEDGER_ACCOUNTS.settlementUnified} AND owner = ''`),
  );
  return toFen(row?.s ?? 0);
}

/**
 * What each unit gets back. If the unified account holds the whole due, everything; otherwise
 * each unit gets the same share of its due (rounded down, in BigInt so due × balance cannot lose
 * precision), and the rest stays due for the next run. Pro rata rather than refusing: a shortfall
 * is normal (cards used before their outlet remitted), and refusing would hold back every unit's
 * money for one outlet's late remittance.
 */
export function proRata(dues: number[], available: number): number[] {
  const total = dues.reduce((s, d) => s + d, 0);
  if (total <= available) return dues;
  if (available <= 0) return dues.map(() => 0);
  return dues.map((d) => Number((BigInt(d) * BigInt(available)) / BigInt(total)));
}
