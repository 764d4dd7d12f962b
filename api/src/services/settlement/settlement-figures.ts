import { LEDGER_ACCOUNTS, type Orm, resultRows, toFen } from "@powercard/db";
import { sql } from "drizzle-orm";
import { figuresBetween, rolledThrough, SINCE_EVER } from "../figures/figures-between.ts";

export interface UnitDue {
  unitId: string;
  rechargesFen: number;
  topupsFen: number;
  returnedBeforeFen: number;
  dueFen: number;
}

/**
 * Per accounting unit: what its customers were credited by recharges and partner top-ups with a
 * business date up to `periodEnd`, minus everything approved runs already returned to it. The
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
               sum(amount_fen) FILTER (WHERE item = 'topup') AS topups
          FROM ${figuresBetween(await rolledThrough(tx), SINCE_EVER, periodEnd, ["recharge", "topup"])} f
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
             COALESCE(r.returned, 0) AS returned
        FROM credited c FULL JOIN returned r ON r.unit_id = c.unit_id
       ORDER BY 1`),
  );
  return rows.map((r) => {
    const rechargesFen = toFen(r.recharges);
    const topupsFen = toFen(r.topups);
    const returnedBeforeFen = toFen(r.returned);
    return {
      unitId: String(r.unit_id),
      rechargesFen,
      topupsFen,
      returnedBeforeFen,
      dueFen: Math.max(rechargesFen + topupsFen - returnedBeforeFen, 0),
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
