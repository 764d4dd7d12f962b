import { z } from "@hono/zod-openapi";
import { defineRoute } from "../../lib/define-route.ts";
import { jsonResponse, problemResponses } from "../../lib/openapi.ts";
import { PeriodSchema } from "../settlement-runs/settlement-runs.schemas.ts";

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
    "customers of another. Months are Asia/Shanghai business months.",
  request: {
    query: z.strictObject({
      period: PeriodSchema,
      unitId: z.string().max(64).optional().openapi({ description: "Only this unit's subtree." }),
    }),
  },
  responses: {
    200: jsonResponse(MonthlyClearingSchema, "The statement."),
    ...problemResponses("forbidden", "unit_not_found"),
  },
});
