import type { FigureItem } from "@powercard/db";
import { type SQL, sql } from "drizzle-orm";
import { ALL_ITEMS, liveFigures } from "./live-figures.ts";

/** The last rolled-up day, or -infinity when nothing is rolled up; read inside the statement. */
const ROLLED_THROUGH = sql`(SELECT COALESCE(rolled_through, '-infinity'::date) FROM figure_rollups)`;

/** A start date meaning "since the beginning", for cumulative figures. */
export const SINCE_EVER = "-infinity";

/**
 * The daily figures of business days [from, to] (YYYY-MM-DD, or SINCE_EVER), as a subquery with
 * the columns of daily_figures: days up to the rollup's watermark from daily_figures, later days
 * live from the base tables (liveFigures). Both halves and the watermark are read by the same
 * statement, so one snapshot decides: a rollup committing meanwhile changes nothing.
 */
export function figuresBetween(from: string, to: string, items: readonly FigureItem[] = ALL_ITEMS): SQL {
  const itemList = sql.join(
    items.map((item) => sql`${item}`),
    sql`, `,
  );
  return sql`(
    SELECT d.business_date, d.item, d.unit_id, d.channel, d.other_unit_id, d.count, d.amount_fen
      FROM daily_figures d
     WHERE d.business_date BETWEEN ${from}::date AND LEAST(${to}::date, ${ROLLED_THROUGH})
       AND d.item IN (${itemList})
    UNION ALL
    SELECT * FROM ${liveFigures(sql`GREATEST(${from}::date, ${ROLLED_THROUGH} + 1)`, sql`${to}::date`, items)} AS live
  )`;
}
