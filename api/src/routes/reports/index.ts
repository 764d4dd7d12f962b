import type { AppDeps } from "../../http/app-env.ts";
import { createRouter } from "../../http/create-router.ts";
import { getCardFloat } from "./card-float.routes.ts";
import { getDailySales } from "./daily-sales.routes.ts";
import { getUnitDashboard } from "./dashboard.routes.ts";
import * as funds from "./funds-reports.handlers.ts";
import { getMonthlyClearingHandler } from "./monthly-clearing.handlers.ts";
import { getMonthlyClearing } from "./monthly-clearing.routes.ts";
import { getRechargesByChannel } from "./recharges-by-channel.routes.ts";
import * as handlers from "./reports.handlers.ts";
import * as routes from "./reports.routes.ts";
import { getSettlementHistory } from "./settlement-history.routes.ts";

export function reportsRouter(deps: AppDeps) {
  return createRouter()
    .openapi(routes.getRemittanceVariance, handlers.getRemittanceVarianceHandler(deps))
    .openapi(getDailySales, funds.getDailySalesHandler(deps))
    .openapi(getCardFloat, funds.getCardFloatHandler(deps))
    .openapi(getRechargesByChannel, funds.getRechargesByChannelHandler(deps))
    .openapi(getSettlementHistory, funds.getSettlementHistoryHandler(deps))
    .openapi(getMonthlyClearing, getMonthlyClearingHandler(deps))
    .openapi(getUnitDashboard, funds.getUnitDashboardHandler(deps));
}
