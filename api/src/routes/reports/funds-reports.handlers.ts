import type { RouteHandler } from "@hono/zod-openapi";
import type { AppDeps, AppEnv } from "../../http/app-env.ts";
import { wantsCsv } from "../../http/csv.ts";
import { staffContext } from "../../http/service-context.ts";
import { cardFloat } from "../../services/reports/card-float.ts";
import {
  type CardFloatRowView,
  FLOAT_AGE_BUCKETS,
  type FloatFiguresView,
} from "../../services/reports/card-float-view.ts";
import { dailySales } from "../../services/reports/daily-sales.ts";
import { rechargesByChannel } from "../../services/reports/recharges-by-channel.ts";
import { settlementHistory } from "../../services/reports/settlement-history.ts";
import { CARD_FLOAT_CSV_HEADER, type getCardFloat } from "./card-float.routes.ts";
import { DAILY_SALES_CSV_HEADER, type getDailySales } from "./daily-sales.routes.ts";
import {
  type getRechargesByChannel,
  RECHARGES_BY_CHANNEL_CSV_HEADER,
} from "./recharges-by-channel.routes.ts";
import { type CsvField, csvReport } from "./report-csv.ts";
import { type getSettlementHistory, SETTLEMENT_HISTORY_CSV_HEADER } from "./settlement-history.routes.ts";

export const getDailySalesHandler =
  (deps: AppDeps): RouteHandler<typeof getDailySales, AppEnv> =>
  async (c) => {
    const { format, ...input } = c.req.valid("query");
    const report = await dailySales({ ctx: staffContext(c, deps), input });
    if (!wantsCsv(format, c.req.header("Accept"))) return c.json(report, 200);
    const { cardCount, amountFen } = report.totals;
    return csvReport(
      c,
      DAILY_SALES_CSV_HEADER,
      report.data,
      (r) => [r.businessDate, r.outletUnitId, r.outletName, r.clerkId, r.clerkName, r.cardCount, r.amountFen],
      ["total", null, null, null, null, cardCount, amountFen],
    );
  };

export const getRechargesByChannelHandler =
  (deps: AppDeps): RouteHandler<typeof getRechargesByChannel, AppEnv> =>
  async (c) => {
    const { format, ...input } = c.req.valid("query");
    const report = await rechargesByChannel({ ctx: staffContext(c, deps), input });
    if (!wantsCsv(format, c.req.header("Accept"))) return c.json(report, 200);
    return csvReport(
      c,
      RECHARGES_BY_CHANNEL_CSV_HEADER,
      report.data,
      (r) => [r.businessDate, r.channel, r.count, r.amountFen],
      ["total", null, report.totals.count, report.totals.amountFen],
    );
  };

const floatFields = (f: FloatFiguresView): CsvField[] => [
  f.cardCount,
  f.valueFen,
  ...FLOAT_AGE_BUCKETS.flatMap((b) => [f.aging[b].cardCount, f.aging[b].valueFen]),
];

export const getCardFloatHandler =
  (deps: AppDeps): RouteHandler<typeof getCardFloat, AppEnv> =>
  async (c) => {
    const { format, ...input } = c.req.valid("query");
    const report = await cardFloat({ ctx: staffContext(c, deps), input });
    if (!wantsCsv(format, c.req.header("Accept"))) return c.json(report, 200);
    return csvReport(
      c,
      CARD_FLOAT_CSV_HEADER,
      report.data,
      (r: CardFloatRowView) => [r.batchId, r.faceValueFen, r.sellBy, ...floatFields(r)],
      ["total", null, null, ...floatFields(report.totals)],
    );
  };

export const getSettlementHistoryHandler =
  (deps: AppDeps): RouteHandler<typeof getSettlementHistory, AppEnv> =>
  async (c) => {
    const { format, ...input } = c.req.valid("query");
    const report = await settlementHistory({ ctx: staffContext(c, deps), input });
    if (!wantsCsv(format, c.req.header("Accept"))) return c.json(report, 200);
    return csvReport(
      c,
      SETTLEMENT_HISTORY_CSV_HEADER,
      report.data,
      (r) => [
        r.period,
        r.runId,
        r.state,
        r.createdAt,
        r.createdBy,
        r.createdByName,
        r.decidedAt,
        r.unitId,
        r.unitName,
        r.rechargesFen,
        r.topupsFen,
        r.returnedBeforeFen,
        r.dueFen,
        r.returnedFen,
        r.runDueFen,
        r.runUnifiedBalanceFen,
        r.runShortfallFen,
        r.runReturnedFen,
      ],
      SETTLEMENT_HISTORY_CSV_HEADER.map((column) =>
        column === "period" ? "total" : column === "returned_fen" ? report.totals.returnedFen : null,
      ),
    );
  };
