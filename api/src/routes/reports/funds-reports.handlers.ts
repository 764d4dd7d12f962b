import type { RouteHandler } from "@hono/zod-openapi";
import type { AppDeps, AppEnv } from "../../http/app-env.ts";
import { reportFormatOf } from "../../http/csv.ts";
import { staffContext } from "../../http/service-context.ts";
import { readStale } from "../../http/stale-reads.ts";
import { cardFloat } from "../../services/reports/card-float.ts";
import { FLOAT_AGE_BUCKETS, type FloatFiguresView } from "../../services/reports/card-float-view.ts";
import { dailySales } from "../../services/reports/daily-sales.ts";
import { rechargesByChannel } from "../../services/reports/recharges-by-channel.ts";
import { settlementHistory } from "../../services/reports/settlement-history.ts";
import { unitDashboard } from "../../services/reports/unit-dashboard.ts";
import type { getCardFloat } from "./card-float.routes.ts";
import type { getDailySales } from "./daily-sales.routes.ts";
import type { getUnitDashboard } from "./dashboard.routes.ts";
import type { getRechargesByChannel } from "./recharges-by-channel.routes.ts";
import {
  CARD_FLOAT_COLUMNS,
  DAILY_SALES_COLUMNS,
  RECHARGES_BY_CHANNEL_COLUMNS,
  SETTLEMENT_HISTORY_COLUMNS,
} from "./report-columns.ts";
import { REPORT_NAMES, reportFileFor } from "./report-file-name.ts";
import { fileTable, periodOf, reportFile } from "./report-table.ts";
import type { getSettlementHistory } from "./settlement-history.routes.ts";

export const getDailySalesHandler =
  (deps: AppDeps): RouteHandler<typeof getDailySales, AppEnv> =>
  async (c) => {
    const { format, lang = "zh-CN", ...input } = c.req.valid("query");
    const ctx = staffContext(c, deps);
    const report = await readStale(c, ctx, (ctx) => dailySales({ ctx, input }));
    const form = reportFormatOf(format, c.req.header("Accept"));
    if (form === "json") return c.json(report, 200);
    const period = periodOf(input.from, input.to);
    const file = await reportFileFor(deps.db, ctx.actor, REPORT_NAMES.dailySales, input.unitId, period);
    return reportFile(c, form, file, lang, [
      fileTable({
        sheet: { zh: "日销售", en: "Daily sales" },
        columns: DAILY_SALES_COLUMNS,
        rows: report.data,
        total: { card_count: report.totals.cardCount, amount_fen: report.totals.amountFen },
      }),
    ]);
  };

export const getRechargesByChannelHandler =
  (deps: AppDeps): RouteHandler<typeof getRechargesByChannel, AppEnv> =>
  async (c) => {
    const { format, lang = "zh-CN", ...input } = c.req.valid("query");
    const ctx = staffContext(c, deps);
    const report = await readStale(c, ctx, (ctx) => rechargesByChannel({ ctx, input }));
    const form = reportFormatOf(format, c.req.header("Accept"));
    if (form === "json") return c.json(report, 200);
    const period = periodOf(input.from, input.to);
    const name = REPORT_NAMES.rechargesByChannel;
    const file = await reportFileFor(deps.db, ctx.actor, name, input.unitId, period);
    return reportFile(c, form, file, lang, [
      fileTable({
        sheet: { zh: "分渠道充值", en: "Recharges by channel" },
        columns: RECHARGES_BY_CHANNEL_COLUMNS,
        rows: report.data,
        total: { count: report.totals.count, amount_fen: report.totals.amountFen },
      }),
    ]);
  };

const floatTotals = (f: FloatFiguresView) => ({
  card_count: f.cardCount,
  value_fen: f.valueFen,
  ...Object.fromEntries(
    FLOAT_AGE_BUCKETS.flatMap((b) => [
      [`age_${b}_count`, f.aging[b].cardCount],
      [`age_${b}_fen`, f.aging[b].valueFen],
    ]),
  ),
});

export const getCardFloatHandler =
  (deps: AppDeps): RouteHandler<typeof getCardFloat, AppEnv> =>
  async (c) => {
    const { format, lang = "zh-CN", ...input } = c.req.valid("query");
    const ctx = staffContext(c, deps);
    const report = await readStale(c, ctx, (ctx) => cardFloat({ ctx, input }));
    const form = reportFormatOf(format, c.req.header("Accept"));
    if (form === "json") return c.json(report, 200);
    const file = await reportFileFor(deps.db, ctx.actor, REPORT_NAMES.cardFloat, input.unitId, report.asOf);
    return reportFile(c, form, file, lang, [
      fileTable({
        sheet: { zh: "卡沉淀资金", en: "Card float" },
        columns: CARD_FLOAT_COLUMNS,
        rows: report.data,
        total: floatTotals(report.totals),
      }),
    ]);
  };

export const getSettlementHistoryHandler =
  (deps: AppDeps): RouteHandler<typeof getSettlementHistory, AppEnv> =>
  async (c) => {
    const { format, lang = "zh-CN", ...input } = c.req.valid("query");
    const ctx = staffContext(c, deps);
    const report = await readStale(c, ctx, (ctx) => settlementHistory({ ctx, input }));
    const form = reportFormatOf(format, c.req.header("Accept"));
    if (form === "json") return c.json(report, 200);
    const period = periodOf(input.from, input.to);
    const name = REPORT_NAMES.settlementHistory;
    const file = await reportFileFor(deps.db, ctx.actor, name, input.unitId, period);
    return reportFile(c, form, file, lang, [
      fileTable({
        sheet: { zh: "资金返还记录", en: "Settlement history" },
        columns: SETTLEMENT_HISTORY_COLUMNS,
        rows: report.data,
        total: { returned_fen: report.totals.returnedFen },
      }),
    ]);
  };

export const getUnitDashboardHandler =
  (deps: AppDeps): RouteHandler<typeof getUnitDashboard, AppEnv> =>
  async (c) =>
    c.json(
      await readStale(c, staffContext(c, deps), (ctx) => unitDashboard({ ctx, input: c.req.valid("query") })),
      200,
    );
