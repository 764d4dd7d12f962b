import type { MonthlyClearingView } from "../../services/settlement/monthly-clearing-view.ts";
import type { CsvField } from "./report-csv.ts";

/**
 * The monthly clearing statement as two flat tables, for a spreadsheet: the units (one row per
 * accounting unit, counts and values side by side) and the cross-unit matrix (one row per selling
 * unit × customers' unit). Two CSV files rather than one with a `section` column: each opens in
 * Excel as a plain table that sorts, filters and pivots without first splitting it. Every row
 * carries the period, so months can be appended into one sheet.
 */
export const MONTHLY_CLEARING_UNITS_CSV_HEADER = [
  "period",
  "unit_id",
  "unit_name",
  "cards_sold_count",
  "cards_sold_fen",
  "remitted_fen",
  "recharge_count",
  "recharge_fen",
  "topup_count",
  "topup_fen",
  "bills_paid_fen",
  "returned_fen",
  "float_count",
  "float_fen",
] as const;

export const MONTHLY_CLEARING_CROSS_UNIT_CSV_HEADER = [
  "period",
  "sold_in_unit_id",
  "sold_in_unit_name",
  "used_in_unit_id",
  "used_in_unit_name",
  "recharge_count",
  "recharge_fen",
] as const;

type Unit = MonthlyClearingView["units"][number];
type CrossUnit = MonthlyClearingView["crossUnit"][number];

export const unitFields =
  (period: string) =>
  (u: Unit): CsvField[] => [
    period,
    u.unitId,
    u.unitName,
    u.cardsSold.count,
    u.cardsSold.valueFen,
    u.remittedFen,
    u.recharges.count,
    u.recharges.valueFen,
    u.topups.count,
    u.topups.valueFen,
    u.billsPaidFen,
    u.returnedFen,
    u.float.count,
    u.float.valueFen,
  ];

export const crossUnitFields =
  (period: string, names: ReadonlyMap<string, string>) =>
  (m: CrossUnit): CsvField[] => [
    period,
    m.soldInUnitId,
    names.get(m.soldInUnitId) ?? null,
    m.usedInUnitId,
    names.get(m.usedInUnitId) ?? null,
    m.count,
    m.valueFen,
  ];
