import { z } from "@hono/zod-openapi";
import { defineRoute } from "../../http/define-route.ts";
import { jsonResponse, problemResponses } from "../../http/openapi.ts";
import { OPEN_REMITTANCES_LISTED } from "../../services/reports/unit-dashboard.ts";
import { UnitDashboardSchema } from "../../services/reports/unit-dashboard-view.ts";
import { reportUnitId } from "./report-params.ts";

export const getUnitDashboard = defineRoute({
  access: { roles: ["settlement_officer", "fund_admin", "auditor"] },
  method: "get",
  path: "/v1/reports/dashboard",
  staleReads: true,
  operationId: "getUnitDashboard",
  tags: ["Reports"],
  summary: "A unit's day at a glance (the console's dashboard)",
  description:
    "For your unit's subtree (or `unitId`'s): today's card sales (total and per outlet), today's recharges " +
    "and top-ups per channel, the card float now (by age), and the remittances its outlets declared that " +
    `are still open (count and sum of all, the ${OPEN_REMITTANCES_LISTED} oldest listed). The figures are ` +
    "those of the daily-sales, recharges-by-channel and card-float reports for today.",
  request: { query: z.strictObject({ unitId: reportUnitId }) },
  responses: {
    200: jsonResponse(UnitDashboardSchema, "The dashboard."),
    ...problemResponses("forbidden", "unit_not_found"),
  },
});
