import { z } from "@hono/zod-openapi";
import { CHANNELS } from "@powercard/db";
import { CardNoSchema, CustomerNoSchema, PinSchema } from "../../http/openapi.ts";
import { ERROR_CATALOG, type ErrorCode } from "../../shared/errors.ts";

export const CreateRechargeSchema = z
  .strictObject({ cardNo: CardNoSchema, pin: PinSchema, customerNo: CustomerNoSchema })
  .openapi("CreateRecharge");

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
