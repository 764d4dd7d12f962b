import { z } from "@hono/zod-openapi";
import { CHANNELS, type recharges } from "@powercard/db";
import { CardNoSchema, CustomerNoSchema } from "../../shared/business-keys.ts";
import { ERROR_CATALOG, type ErrorCode } from "../../shared/errors.ts";

/**
 * The public shape of a recharge, stated once: the route documents and checks it, the type is
 * inferred from it, the recharge statement builds its stored body from its keys
 * (redeem-card.sql.ts), and GET /v1/recharges/{id} answers with the same fields in the same order.
 * (Response schemas live in the service folder that produces them; routes import them.)
 */
export const RechargeSchema = z
  .object({
    id: z.string().openapi({ example: "rch_01jq3v6k9xf0b8e4mz7t2c5n1r" }),
    customerNo: CustomerNoSchema,
    cardNo: CardNoSchema,
    amountFen: z
      .number()
      .int()
      .openapi({ description: "Amount credited, in fen (the card's face value).", example: 10000 }),
    balanceFen: z.number().int().openapi({
      description: "The prepaid account balance right after this recharge, in fen.",
      example: 25000,
    }),
    currency: z.literal("CNY"),
    channel: z.enum(CHANNELS).openapi({ description: "The channel the recharge came through." }),
    createdAt: z.string().openapi({ format: "date-time", example: "2026-11-26T02:30:00.000Z" }),
  })
  .openapi("Recharge");

export type RechargeView = z.infer<typeof RechargeSchema>;

/** What became of a recharge request, by its Idempotency-Key (find-recharge-by-key.ts). */
export const RechargeByKeySchema = z
  .object({
    idempotencyKey: z.string(),
    status: z.enum(["succeeded", "failed", "in_progress"]),
    recharge: RechargeSchema.nullable(),
    error: z
      .object({ code: z.enum(Object.keys(ERROR_CATALOG) as [ErrorCode, ...ErrorCode[]]), title: z.string() })
      .nullable(),
  })
  .openapi("RechargeByKey");

export type RechargeByKey = z.infer<typeof RechargeByKeySchema>;

export type RechargeRow = typeof recharges.$inferSelect;

/** A stored recharge as the API shows it; the columns are named once, by the drizzle table. */
export function toRechargeView(row: RechargeRow): RechargeView {
  return {
    id: row.id,
    customerNo: row.customerNo,
    cardNo: row.cardNo,
    amountFen: row.amountFen,
    balanceFen: row.balanceAfterFen,
    currency: "CNY",
    channel: row.channel as RechargeView["channel"],
    createdAt: row.createdAt.toISOString(),
  };
}
