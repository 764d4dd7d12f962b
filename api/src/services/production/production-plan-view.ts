import { z } from "@hono/zod-openapi";

const Instant = z.string().openapi({ format: "date-time" });
const Fen = z.number().int();

export const ProductionPlanSchema = z
  .object({
    id: z.string(),
    unitId: z.string(),
    state: z.enum(["pending_approval", "approved", "rejected", "ordered"]),
    sellBy: z.string().openapi({ format: "date" }),
    approvalId: z.string(),
    createdBy: z.string(),
    createdAt: Instant,
    decidedAt: Instant.nullable(),
    lines: z.array(
      z.object({ requestId: z.string(), unitId: z.string(), faceValueFen: Fen, quantity: z.number().int() }),
    ),
    cardCount: z.number().int(),
    totalFen: Fen,
  })
  .openapi("ProductionPlan");
export type ProductionPlanView = z.infer<typeof ProductionPlanSchema>;
