import type { StaffRole } from "../../api/client.ts";
import type { Messages } from "../../i18n/messages.ts";

/** How a report is bounded: a range of days, a range of months, one month, or a day (as of). */
export type RangeKind = "days" | "months" | "month" | "asOf";
type Row = Record<string, unknown>;

export interface ReportColumn {
  key: string;
  title: (m: Messages) => string;
  value: (r: Row) => unknown;
  kind?: "fen" | "count" | "channel" | "text";
}

export interface ReportDef {
  id: keyof Messages["reports"]["names"];
  path: string;
  roles: readonly StaffRole[];
  range: RangeKind;
  columns: ReportColumn[];
  rows: (json: Row) => Row[];
  /** The totals line by column key, when the report has one. */
  total?: (json: Row) => Record<string, unknown>;
}

const FUNDS: readonly StaffRole[] = ["fund_admin", "settlement_officer", "auditor"];
const get = (path: string) => (r: Row) =>
  path.split(".").reduce<unknown>((v, k) => (v as Row | undefined)?.[k], r);
const col = (key: string, title: ReportColumn["title"], kind: ReportColumn["kind"] = "text", path = key) => ({
  key,
  title,
  kind,
  value: get(path),
});
const data = (json: Row) => json.data as Row[];
const totals = (json: Row) => json.totals as Record<string, unknown>;

/** The reports of the API, which roles may read each (as the API's access rules say), and their columns. */
export const REPORTS: ReportDef[] = [
  {
    id: "dailySales",
    path: "/v1/reports/daily-sales",
    roles: FUNDS,
    range: "days",
    columns: [
      col("businessDate", (m) => m.reports.col.businessDate),
      col("outletName", (m) => m.reports.col.outlet),
      col("clerkName", (m) => m.reports.col.clerk),
      col("cardCount", (m) => m.reports.col.cardCount, "count"),
      col("amountFen", (m) => m.reports.col.amount, "fen"),
    ],
    rows: data,
    total: totals,
  },
  {
    id: "rechargesByChannel",
    path: "/v1/reports/recharges-by-channel",
    roles: FUNDS,
    range: "days",
    columns: [
      col("businessDate", (m) => m.reports.col.businessDate),
      col("channel", (m) => m.reports.col.channel, "channel"),
      col("count", (m) => m.reports.col.count, "count"),
      col("amountFen", (m) => m.reports.col.amount, "fen"),
    ],
    rows: data,
    total: totals,
  },
  {
    id: "cardFloat",
    path: "/v1/reports/card-float",
    roles: [...FUNDS, "card_admin"],
    range: "asOf",
    columns: [
      col("batchId", (m) => m.reports.col.batch),
      col("faceValueFen", (m) => m.reports.col.faceValue, "fen"),
      col("sellBy", (m) => m.reports.col.sellBy),
      col("cardCount", (m) => m.reports.col.cardCount, "count"),
      col("valueFen", (m) => m.reports.col.value, "fen"),
    ],
    rows: data,
    total: totals,
  },
  {
    id: "remittanceVariance",
    path: "/v1/reports/remittance-variance",
    roles: FUNDS,
    range: "days",
    columns: [
      col("outletName", (m) => m.reports.col.outlet),
      col("businessDate", (m) => m.reports.col.businessDate),
      col("soldFen", (m) => m.reports.col.sold, "fen"),
      col("declaredFen", (m) => m.reports.col.declared, "fen"),
      col("confirmedFen", (m) => m.reports.col.confirmed, "fen"),
      col("outstandingFen", (m) => m.reports.col.outstanding, "fen"),
    ],
    rows: data,
  },
  {
    id: "settlementHistory",
    path: "/v1/reports/settlement-history",
    roles: FUNDS,
    range: "months",
    columns: [
      col("period", (m) => m.reports.col.period),
      col("runId", (m) => m.reports.col.run),
      col("state", (m) => m.reports.col.state),
      col("unitName", (m) => m.reports.col.unit),
      col("dueFen", (m) => m.reports.col.due, "fen"),
      col("returnedFen", (m) => m.reports.col.returned, "fen"),
    ],
    rows: data,
    total: totals,
  },
  {
    id: "monthlyClearing",
    path: "/v1/reports/monthly-clearing",
    roles: FUNDS,
    range: "month",
    columns: [
      col("unitName", (m) => m.reports.col.unit),
      col("cardsSold", (m) => m.reports.col.sold, "fen", "cardsSold.valueFen"),
      col("remittedFen", (m) => m.reports.col.remitted, "fen"),
      col("recharges", (m) => m.reports.col.recharged, "fen", "recharges.valueFen"),
      col("returnedFen", (m) => m.reports.col.returned, "fen"),
      col("float", (m) => m.reports.col.float, "fen", "float.valueFen"),
    ],
    rows: (json) => json.units as Row[],
  },
];

/** The file name the API gave (`filename*=UTF-8''…`, else `filename="…"`). */
export function dispositionName(header: string | null): string | null {
  const star = header?.match(/filename\*=UTF-8''([^;]+)/i)?.[1];
  if (star) return decodeURIComponent(star);
  return header?.match(/filename="([^"]+)"/i)?.[1] ?? null;
}
