import { z } from "@hono/zod-openapi";
import type { topups } from "@powercard/db";
import { CustomerNoSchema } from "../../shared/business-keys.ts";

/**
 * The public shape of a top-up, stated once: the route documents and checks it, the type is
 * inferred from it, the top-up statement builds its stored body from its keys
 * (create-topup.sql.ts), and GET /v1/topups/{id} answers with the same fields in the same order.
 */
export const TopupSchema = z
  .object({
    id: z.string().openapi({ example: "tup_01jq3v6k9xf0b8e4mz7t2c5n1r" }),
    customerNo: CustomerNoSchema,
    amountFen: z.number().int().openapi({ description: "Amount credited, in fen.", example: 5000 }),
    balanceFen: z.number().int().openapi({
      description: "The prepaid account balance right after this top-up, in fen.",
      example: 30000,
    }),
    currency: z.literal("CNY"),
    partnerReference: z.string().openapi({ example: "ICBC-20261126-000123" }),
    createdAt: z.string().openapi({ format: "date-time", example: "2026-11-26T02:30:00.000Z" }),
  })
  .openapi("Topup");

export type TopupView = z.infer<typeof TopupSchema>;

export type TopupRow = typeof topups.$inferSelect;

/** A stored top-up as the API shows it; the columns are named once, by the drizzle table. */
export function toTopupView(row: TopupRow): TopupView {
  return {
    id: row.id,
    customerNo: row.customerNo,
    amountFen: row.amountFen,
    balanceFen: row.balanceAfterFen,
    currency: "CNY",
    partnerReference: row.partnerReference,
    createdAt: row.createdAt.toISOString(),
  };
}
