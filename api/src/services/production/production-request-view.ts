import { z } from "@hono/zod-openapi";

const Instant = z.string().openapi({ format: "date-time" });
const Fen = z.number().int();

export const ProductionRequestSchema = z
  .object({
    id: z.string(),
    unitId: z.string(),
    faceValueFen: Fen,
    quantity: z.number().int(),
    state: z.enum(["open", "planned"]),
    planId: z.string().nullable(),
    requestedBy: z.string(),
    createdAt: Instant,
  })
  .openapi("ProductionRequest");
export type ProductionRequestView = z.infer<typeof ProductionRequestSchema>;
