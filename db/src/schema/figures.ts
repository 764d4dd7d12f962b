import { sql } from "drizzle-orm";
import { bigint, boolean, check, date, index, pgTable, primaryKey, text } from "drizzle-orm/pg-core";
import { at, fen } from "./columns.ts";
import { orgUnits } from "./org.ts";

/** What a daily figure counts. See api/src/services/figures/live-figures.ts for each one's source. */
export const FIGURE_ITEMS = [
  "card_sale",
  "remittance",
  "recharge",
  "topup",
  "bill_payment",
  "reversal_out",
  "reversal_in",
  "refund",
] as const;
export type FigureItem = (typeof FIGURE_ITEMS)[number];

/**
 * The money figures of one closed business day per accounting unit, summed once by the rollup
 * (api/src/services/figures/roll-up-figures.ts) so that monthly clearing, settlement runs and
 * day reports read a few thousand rows instead of millions of recharges. Written only by the
 * rollup, after the day has closed — never on the recharge path, and no row is ever updated.
 *
 * - `unit_id`: the accounting unit the figure belongs to — the selling unit (the deepest
 *   accounting unit above the outlet) for card_sale and remittance, the customer's unit for
 *   recharge, topup and bill_payment; for an executed reversal, the unit its credit recorded
 *   (reversal_out) and the right customer's unit at execution (reversal_in); for a refund, the
 *   unit the refund case recorded.
 * - `channel`: a recharge's channel; a reversal's destination (`customer` or `source`); '' for
 *   the other items.
 * - `other_unit_id`: for a recharge, the accounting unit that sold the card ('' if unknown): the
 *   cross-unit matrix and the float of each selling unit come from it; for a reversal, the unit
 *   on its other side (out: the right customer's unit, or the unit that sold the card returned to
 *   its float; in: the unit the credit recorded); '' for the other items.
 */
export const dailyFigures = pgTable(
  "daily_figures",
  {
    businessDate: date("business_date", { mode: "string" }).notNull(),
    item: text("item", { enum: FIGURE_ITEMS }).notNull(),
    unitId: text("unit_id")
      .notNull()
      .references(() => orgUnits.id),
    channel: text("channel").notNull().default(""),
    otherUnitId: text("other_unit_id").notNull().default(""),
    /** How many: cards for card_sale, rows (recharges, top-ups, payments, remittances) otherwise. */
    count: bigint("count", { mode: "number" }).notNull(),
    amountFen: fen("amount_fen").notNull(),
  },
  (t) => [
    // Day reports read one day or a month across units: the day leads.
    primaryKey({ columns: [t.businessDate, t.item, t.unitId, t.channel, t.otherUnitId] }),
    // Cumulative figures (the float, settlement dues) read one item over every day.
    index("daily_figures_item_day_idx").on(t.item, t.businessDate),
    check(
      "daily_figures_item_check",
      sql`${t.item} IN ('card_sale','remittance','recharge','topup','bill_payment','reversal_out','reversal_in','refund')`,
    ),
  ],
);

/**
 * The one row saying through which business day daily_figures is complete. Readers take days up
 * to it from daily_figures and later days live from the base tables, in one statement (one
 * snapshot), so an answer never depends on whether the rollup has run.
 */
export const figureRollups = pgTable(
  "figure_rollups",
  {
    singleton: boolean("singleton").primaryKey().default(true),
    /** Null until the first rollup; then every day up to it is in daily_figures. */
    rolledThrough: date("rolled_through", { mode: "string" }),
    updatedAt: at("updated_at"),
  },
  (t) => [check("figure_rollups_one_row", sql`${t.singleton}`)],
);
