import { z } from "@hono/zod-openapi";
import { toDate, toFen } from "@powercard/db";

const CountAndAmountSchema = z.object({ count: z.number().int(), amountFen: z.number().int() });
export type CountAndAmount = z.infer<typeof CountAndAmountSchema>;

/** One recharge as it appears in a reconciliation file. */
const ReconciledRechargeSchema = z.object({
  id: z.string(),
  customerNo: z.string(),
  cardNo: z.string(),
  amountFen: z.number().int(),
  idempotencyKey: z.string(),
  createdAt: z.string().openapi({ format: "date-time" }),
});
export type ReconciledRechargeView = z.infer<typeof ReconciledRechargeSchema>;

/** One top-up as it appears in a reconciliation file. */
const ReconciledTopupSchema = z.object({
  id: z.string(),
  customerNo: z.string(),
  amountFen: z.number().int(),
  partnerReference: z.string(),
  idempotencyKey: z.string(),
  createdAt: z.string().openapi({ format: "date-time" }),
});
export type ReconciledTopupView = z.infer<typeof ReconciledTopupSchema>;

/**
 * The payload of the signed reconciliation file. The response itself is the JWS text, so the route
 * registers this as a component for partners to read.
 */
export const ReconciliationFileSchema = z
  .object({
    clientId: z.string(),
    businessDate: z.string().openapi({ format: "date" }),
    generatedAt: z.string().openapi({ format: "date-time" }),
    currency: z.literal("CNY"),
    recharges: z.array(ReconciledRechargeSchema),
    topups: z.array(ReconciledTopupSchema),
    totals: z.object({
      recharges: CountAndAmountSchema,
      topups: CountAndAmountSchema,
      // A card recharge was paid for at the outlet, so only the top-ups are owed.
      netPayableFen: z.number().int().openapi({ description: "What you owe for the day: your top-ups." }),
    }),
  })
  .openapi("ReconciliationFile");
export type ReconciliationFileView = z.infer<typeof ReconciliationFileSchema>;

/** A row of `recharges` (snake_case, as the driver returns it). */
export function toReconciledRechargeView(row: Record<string, unknown>): ReconciledRechargeView {
  return {
    id: String(row.id),
    customerNo: String(row.customer_no),
    cardNo: String(row.card_no),
    amountFen: toFen(row.amount_fen),
    idempotencyKey: String(row.idempotency_key),
    createdAt: toDate(row.created_at).toISOString(),
  };
}

/** A row of `topups` (snake_case, as the driver returns it). */
export function toReconciledTopupView(row: Record<string, unknown>): ReconciledTopupView {
  return {
    id: String(row.id),
    customerNo: String(row.customer_no),
    amountFen: toFen(row.amount_fen),
    partnerReference: String(row.partner_reference),
    idempotencyKey: String(row.idempotency_key),
    createdAt: toDate(row.created_at).toISOString(),
  };
}
