import { z } from "@hono/zod-openapi";
import { defineRoute } from "../../http/define-route.ts";
import { problemResponses } from "../../http/openapi.ts";
import { PeriodSchema } from "../settlement-runs/settlement-runs.schemas.ts";
import {
  MONTHLY_CLEARING_CROSS_UNIT_CSV_HEADER,
  MONTHLY_CLEARING_UNITS_CSV_HEADER,
} from "./monthly-clearing.csv.ts";
import { jsonOrCsv, reportFormat } from "./report-params.ts";

const Money = z.object({ count: z.number().int(), valueFen: z.number().int() });

const MonthlyClearingSchema = z
  .object({
    period: z.string().openapi({ example: "2026-10" }),
    from: z.string().openapi({ format: "date" }),
    to: z.string().openapi({ format: "date" }),
    currency: z.literal("CNY"),
    units: z.array(
      z.object({
        unitId: z.string(),
        unitName: z.string(),
        cardsSold: Money.openapi({ description: "Cards sold by the unit's outlets in the month." }),
        remittedFen: z.number().int().openapi({
          description: "Remittances of its outlets the settlement center confirmed in the month.",
        }),
        recharges: Money.openapi({ description: "Card recharges by the unit's customers in the month." }),
        topups: Money.openapi({ description: "Partner top-ups for the unit's customers in the month." }),
        billsPaidFen: z.number().int().openapi({ description: "Bills paid from its customers' balances." }),
        returnedFen: z
          .number()
          .int()
          .openapi({ description: "Returned by the month's approved settlement run." }),
        float: Money.openapi({
          description:
            "Cards sold by its outlets up to the month's end and not recharged by then: the float at the month's end.",
        }),
      }),
    ),
    crossUnit: z
      .array(
        z.object({
          soldInUnitId: z.string(),
          usedInUnitId: z.string(),
          count: z.number().int(),
          valueFen: z.number().int(),
        }),
      )
      .openapi({
        description: "The month's recharges by the accounting unit that sold the card × the customer's unit.",
      }),
  })
  .openapi("MonthlyClearing");

export const getMonthlyClearing = defineRoute({
  access: { roles: ["settlement_officer", "fund_admin", "auditor"] },
  method: "get",
  path: "/v1/reports/monthly-clearing",
  operationId: "getMonthlyClearing",
  tags: ["Reports"],
  summary: "Monthly clearing statement (月度清算) per accounting unit",
  description:
    "For every accounting unit in your subtree (or under `unitId`): cards sold, remitted, recharges and " +
    "top-ups of its customers, bills paid from balances, funds returned by the month's settlement run, the " +
    "float of its sold-but-unused cards, and the cross-unit matrix of cards sold in one unit and used by " +
    "customers of another. Months are Asia/Shanghai business months.\n\n" +
    "JSON by default. With `Accept: text/csv` or `?format=csv`, the statement comes as two spreadsheet-ready " +
    "tables, each its own CSV file so that it opens in Excel as a plain table (sort, filter, pivot): " +
    "`?part=units` (the default), one line per accounting unit with counts and values in their own columns " +
    `(header \`${MONTHLY_CLEARING_UNITS_CSV_HEADER.join(",")}\`), and \`?part=cross-unit\`, one line per ` +
    "selling unit × customers' unit with both units' names " +
    `(header \`${MONTHLY_CLEARING_CROSS_UNIT_CSV_HEADER.join(",")}\`). Every line carries the period, so ` +
    "months can be appended into one sheet. No total line: the JSON has no totals either. `part` is ignored " +
    "for JSON, which carries both.",
  request: {
    query: z.strictObject({
      period: PeriodSchema,
      unitId: z.string().max(64).optional().openapi({ description: "Only this unit's subtree." }),
      format: reportFormat,
      part: z
        .enum(["units", "cross-unit"])
        .optional()
        .openapi({ description: "Which table the CSV gives: `units` (default) or `cross-unit`." }),
    }),
  },
  responses: {
    200: jsonOrCsv(
      MonthlyClearingSchema,
      "CSV: one line per accounting unit, or with `part=cross-unit` one line per pair of units.",
    ),
    ...problemResponses("forbidden", "unit_not_found"),
  },
});
