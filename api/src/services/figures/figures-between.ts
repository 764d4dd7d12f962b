import { type FigureItem, type Orm, resultRows } from "@powercard/db";
import { type SQL, sql } from "drizzle-orm";
import { ALL_ITEMS, liveFigures } from "./live-figures.ts";

/** A start date meaning "since the beginning", for cumulative figures. */
export const SINCE_EVER = "-infinity";

/** Through which business day daily_figures is complete (null: nothing rolled up yet). */
export async function rolledThrough(orm: Orm): Promise<string | null> {
  const [row] = resultRows<{ day: string | null }>(
    await orm.execute(sql`SELECT to_char(rolled_through, 'YYYY-MM-DD') AS day FROM figure_rollups`),
  );
  return row?.day ?? null;
}

/**
 * The daily figures of business days [from, to] (YYYY-MM-DD, or SINCE_EVER, which sorts before
 * every date), as a subquery with
 * the columns of daily_figures: days up to `rolled` (read with rolledThrough) from daily_figures,
 * later days live from the base tables (liveFigures). The mark is passed in as a plain date, not
 * read by the statement, so the planner sees which half is empty and drops it. Reading it first is
 * safe: a rollup committing meanwhile only adds days after the mark, which the live half still
 * reads from the base tables.
 */
export function figuresBetween(
  rolled: string | null,
  from: string,
  to: string,
  items: readonly FigureItem[] = ALL_ITEMS,
): SQL {
  const itemList = sql.join(
    items.map((item) => sql`${item}`),
    sql`, `,
  );
  if (rolled === null || from > rolled)
    return sql`(SELECT * FROM ${liveFigures(sql`${from}::date`, sql`${to}::date`, items)} AS live)`;
  const stored = sql`
    SELECT d.business_date, d.item, d.unit_id, d.channel, d.other_unit_id, d.count, d.amount_fen
      FROM daily_figures d
     WHERE d.business_date BETWEEN ${from}::date AND ${to < rolled ? to : rolled}::date
       AND d.item IN (${itemList})`;
  if (to <= rolled) return sql`(${stored})`;
  const live = sql`SELECT * FROM ${liveFigures(sql`${rolled}::date + 1`, sql`${to}::date`, items)} AS live`;
  return sql`(${stored} UNION ALL ${live})`;
}
