import type { RemittanceVarianceRowView } from "../../services/remittances/remittance-variance-view.ts";
import {
  type CardFloatRowView,
  FLOAT_AGE_BUCKETS,
  type FloatAgeBucket,
} from "../../services/reports/card-float-view.ts";
import type { DailySalesRowView } from "../../services/reports/daily-sales-view.ts";
import type { RechargesByChannelRowView } from "../../services/reports/recharges-by-channel-view.ts";
import type { SettlementHistoryRowView } from "../../services/reports/settlement-history-view.ts";
import type { MonthlyClearingView } from "../../services/settlement/monthly-clearing-view.ts";
import type { ReportColumn } from "./report-table.ts";

/**
 * The columns of every report's CSV and XLSX, in file order. The `csv` names are the documented
 * CSV headers (unchanged); `zh`/`en` head the XLSX, amounts there in 元 (`fen` kind).
 */
type Columns<T> = readonly ReportColumn<T>[];

const text = <T>(csv: string, zh: string, en: string, value: (r: T) => string | null): ReportColumn<T> => ({
  csv,
  zh,
  en,
  kind: "text",
  value,
});
const count = <T>(csv: string, zh: string, en: string, value: (r: T) => number | null): ReportColumn<T> => ({
  csv,
  zh,
  en,
  kind: "count",
  value,
});
const fen = <T>(csv: string, zh: string, en: string, value: (r: T) => number | null): ReportColumn<T> => ({
  csv,
  zh: `${zh}（元）`,
  en: `${en} (CNY)`,
  kind: "fen",
  value,
});
const date = <T>(csv: string, zh: string, en: string, value: (r: T) => string | null): ReportColumn<T> => ({
  csv,
  zh,
  en,
  kind: "date",
  value,
});
const datetime = <T>(
  csv: string,
  zh: string,
  en: string,
  value: (r: T) => string | null,
): ReportColumn<T> => ({
  csv,
  zh: `${zh}（北京时间）`,
  en: `${en} (Beijing time)`,
  kind: "datetime",
  value,
});

export const CHANNEL_WORDS = {
  counter: { zh: "柜台", en: "Counter" },
  ivr: { zh: "95598 电话", en: "95598 IVR" },
  sms: { zh: "短信", en: "SMS" },
  web: { zh: "95598 网站", en: "95598 website" },
  partner: { zh: "合作银行/运营商", en: "Partner" },
  partner_topup: { zh: "合作方直充", en: "Partner top-up" },
};

export const DAILY_SALES_COLUMNS: Columns<DailySalesRowView> = [
  date("business_date", "营业日", "Business day", (r) => r.businessDate),
  text("outlet_unit_id", "网点编号", "Outlet id", (r) => r.outletUnitId),
  text("outlet_name", "营业网点", "Outlet", (r) => r.outletName),
  text("clerk_id", "营业员编号", "Clerk id", (r) => r.clerkId),
  text("clerk_name", "营业员", "Clerk", (r) => r.clerkName),
  count("card_count", "售卡张数", "Cards sold", (r) => r.cardCount),
  fen("amount_fen", "售卡金额", "Amount", (r) => r.amountFen),
];

export const RECHARGES_BY_CHANNEL_COLUMNS: Columns<RechargesByChannelRowView> = [
  date("business_date", "营业日", "Business day", (r) => r.businessDate),
  { ...text("channel", "渠道", "Channel", (r) => r.channel), words: CHANNEL_WORDS },
  count("count", "笔数", "Count", (r) => r.count),
  fen("amount_fen", "充值金额", "Amount", (r) => r.amountFen),
];

const BUCKET_WORDS: Record<FloatAgeBucket, { zh: string; en: string }> = {
  "0_30": { zh: "0–30 天", en: "0–30 days" },
  "31_90": { zh: "31–90 天", en: "31–90 days" },
  "91_365": { zh: "91–365 天", en: "91–365 days" },
  over_365: { zh: "365 天以上", en: "over 365 days" },
};

export const CARD_FLOAT_COLUMNS: Columns<CardFloatRowView> = [
  text("batch_id", "批次", "Batch", (r) => r.batchId),
  fen("face_value_fen", "面值", "Face value", (r) => r.faceValueFen),
  date("sell_by", "截止销售日", "Sell by", (r) => r.sellBy),
  count("card_count", "沉淀张数", "Cards", (r) => r.cardCount),
  fen("value_fen", "沉淀金额", "Value", (r) => r.valueFen),
  ...FLOAT_AGE_BUCKETS.flatMap((b) => [
    count(
      `age_${b}_count`,
      `${BUCKET_WORDS[b].zh}张数`,
      `${BUCKET_WORDS[b].en}: cards`,
      (r: CardFloatRowView) => r.aging[b].cardCount,
    ),
    fen(
      `age_${b}_fen`,
      `${BUCKET_WORDS[b].zh}金额`,
      `${BUCKET_WORDS[b].en}: value`,
      (r: CardFloatRowView) => r.aging[b].valueFen,
    ),
  ]),
];

export const REMITTANCE_VARIANCE_COLUMNS: Columns<RemittanceVarianceRowView> = [
  text("outlet_unit_id", "网点编号", "Outlet id", (r) => r.outletUnitId),
  text("outlet_name", "营业网点", "Outlet", (r) => r.outletName),
  date("business_date", "营业日", "Business day", (r) => r.businessDate),
  fen("sold_fen", "售卡金额", "Sold", (r) => r.soldFen),
  fen("declared_fen", "已申报解款", "Declared", (r) => r.declaredFen),
  fen("confirmed_fen", "已确认解款", "Confirmed", (r) => r.confirmedFen),
  fen("outstanding_fen", "累计未解款", "Outstanding", (r) => r.outstandingFen),
];

const STATE_WORDS = {
  pending_approval: { zh: "待审批", en: "Pending approval" },
  approved: { zh: "已批准", en: "Approved" },
  rejected: { zh: "已驳回", en: "Rejected" },
};

export const SETTLEMENT_HISTORY_COLUMNS: Columns<SettlementHistoryRowView> = [
  text("period", "月份", "Month", (r) => r.period),
  text("run_id", "结算批次", "Run", (r) => r.runId),
  { ...text("state", "状态", "State", (r) => r.state), words: STATE_WORDS },
  datetime("created_at", "创建时间", "Created", (r) => r.createdAt),
  text("created_by", "创建人编号", "Made by (id)", (r) => r.createdBy),
  text("created_by_name", "创建人", "Made by", (r) => r.createdByName),
  datetime("decided_at", "审批时间", "Decided", (r) => r.decidedAt),
  text("unit_id", "核算单位编号", "Unit id", (r) => r.unitId),
  text("unit_name", "核算单位", "Accounting unit", (r) => r.unitName),
  fen("recharges_fen", "充值", "Recharges", (r) => r.rechargesFen),
  fen("topups_fen", "直充", "Top-ups", (r) => r.topupsFen),
  fen("corrections_fen", "冲正退费", "Corrections", (r) => r.correctionsFen),
  fen("returned_before_fen", "此前已返还", "Returned before", (r) => r.returnedBeforeFen),
  fen("due_fen", "应返还", "Due", (r) => r.dueFen),
  fen("returned_fen", "本次返还", "Returned", (r) => r.returnedFen),
  fen("run_due_fen", "批次应返还", "Run due", (r) => r.runDueFen),
  fen("run_unified_balance_fen", "统一账户余额", "Unified balance", (r) => r.runUnifiedBalanceFen),
  fen("run_shortfall_fen", "批次差额", "Run shortfall", (r) => r.runShortfallFen),
  fen("run_returned_fen", "批次已返还", "Run returned", (r) => r.runReturnedFen),
];

type Unit = MonthlyClearingView["units"][number] & { period: string };
/** A cross-unit cell with both units' names, which the JSON leaves to the units list. */
export type CrossUnitLine = MonthlyClearingView["crossUnit"][number] & {
  period: string;
  soldInUnitName: string | null;
  usedInUnitName: string | null;
};

/**
 * The monthly clearing statement as two flat tables: the units (counts and values side by side)
 * and the cross-unit matrix (selling unit × customers' unit). Two CSV files (`part`) rather than
 * one with a `section` column: each opens as a plain table that sorts, filters and pivots; the
 * XLSX has both, a sheet each. Every row carries the period, so months can be appended.
 */
export const MONTHLY_CLEARING_UNITS_COLUMNS: Columns<Unit> = [
  text("period", "月份", "Month", (u) => u.period),
  text("unit_id", "核算单位编号", "Unit id", (u) => u.unitId),
  text("unit_name", "核算单位", "Accounting unit", (u) => u.unitName),
  count("cards_sold_count", "售卡张数", "Cards sold", (u) => u.cardsSold.count),
  fen("cards_sold_fen", "售卡金额", "Sales", (u) => u.cardsSold.valueFen),
  fen("remitted_fen", "已解款", "Remitted", (u) => u.remittedFen),
  count("recharge_count", "充值笔数", "Recharges", (u) => u.recharges.count),
  fen("recharge_fen", "充值金额", "Recharged", (u) => u.recharges.valueFen),
  count("topup_count", "直充笔数", "Top-ups", (u) => u.topups.count),
  fen("topup_fen", "直充金额", "Topped up", (u) => u.topups.valueFen),
  fen("bills_paid_fen", "余额抵缴电费", "Bills paid", (u) => u.billsPaidFen),
  fen("returned_fen", "资金返还", "Returned", (u) => u.returnedFen),
  count("float_count", "沉淀张数", "Float cards", (u) => u.float.count),
  fen("float_fen", "沉淀金额", "Float", (u) => u.float.valueFen),
];

export const MONTHLY_CLEARING_CROSS_UNIT_COLUMNS: Columns<CrossUnitLine> = [
  text("period", "月份", "Month", (m) => m.period),
  text("sold_in_unit_id", "售卡单位编号", "Sold in (id)", (m) => m.soldInUnitId),
  text("sold_in_unit_name", "售卡单位", "Sold in", (m) => m.soldInUnitName),
  text("used_in_unit_id", "充值单位编号", "Used in (id)", (m) => m.usedInUnitId),
  text("used_in_unit_name", "充值单位", "Used in", (m) => m.usedInUnitName),
  count("recharge_count", "充值笔数", "Recharges", (m) => m.count),
  fen("recharge_fen", "充值金额", "Recharged", (m) => m.valueFen),
];
