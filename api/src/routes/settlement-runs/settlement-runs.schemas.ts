import { z } from "@hono/zod-openapi";

export const PeriodSchema = z
  .string()
  .regex(/^[0-9]{4}-(0[1-9]|1[0-2])$/, "must be a month, YYYY-MM")
  .openapi({ description: "An Asia/Shanghai month, YYYY-MM.", example: "2026-10" });

export const CreateSettlementRunSchema = z
  .strictObject({
    period: PeriodSchema.openapi({ description: "The finished Asia/Shanghai month to settle, YYYY-MM." }),
  })
  .openapi("CreateSettlementRun");

export const SettlementRunIdParamSchema = z.object({
  id: z.string().max(64).openapi({ example: "stl_01jq3v6k9xf0b8e4mz7t2c5n1r" }),
});

export const ListSettlementRunsQuerySchema = z.strictObject({
  period: PeriodSchema.optional(),
});
