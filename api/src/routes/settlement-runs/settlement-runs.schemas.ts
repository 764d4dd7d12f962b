import { z } from "@hono/zod-openapi";
import { SETTLEMENT_RUN_STATES } from "@powercard/db";

export const PeriodSchema = z
  .string()
  .regex(/^[0-9]{4}-(0[1-9]|1[0-2])$/, "must be a month, YYYY-MM")
  .openapi({ description: "An Asia/Shanghai month, YYYY-MM.", example: "2026-10" });

export const CreateSettlementRunSchema = z
  .strictObject({
    period: PeriodSchema.openapi({ description: "The finished Asia/Shanghai month to settle, YYYY-MM." }),
  })
  .openapi("CreateSettlementRun");

const fen = (description: string) => z.number().int().openapi({ description, example: 1_250_000 });

export const SettlementLineSchema = z
  .object({
    unitId: z.string().openapi({ description: "The accounting unit.", example: "unt_demo_hz" }),
    rechargesFen: fen("Card recharges of the unit's customers with business dates up to the period's end."),
    topupsFen: fen("Partner top-ups of the unit's customers up to the period's end."),
    returnedBeforeFen: fen("Returned to the unit by runs approved before this run was made."),
    dueFen: fen("recharges + top-ups − returned before (never below zero)."),
    returnedFen: fen("Moved to the unit's fee account by this run's approval; 0 until approved."),
    ledgerTransactionId: z.string().nullable().openapi({
      description: "The return's transaction in the unit's book, when something was returned.",
    }),
  })
  .openapi("SettlementLine");

export const SettlementRunSchema = z
  .object({
    id: z.string().openapi({ example: "stl_01jq3v6k9xf0b8e4mz7t2c5n1r" }),
    period: z.string().openapi({ example: "2026-10" }),
    state: z.enum(SETTLEMENT_RUN_STATES).openapi({
      description: "`pending_approval` until a second settlement officer approves (booked) or rejects it.",
    }),
    unitId: z.string().openapi({ description: "The settlement center that made the run." }),
    approvalId: z.string().openapi({ description: "The maker-checker request deciding the run." }),
    createdBy: z.string(),
    createdAt: z.string().openapi({ format: "date-time" }),
    decidedAt: z.string().nullable().openapi({ format: "date-time" }),
    currency: z.literal("CNY"),
    dueFen: fen("Total due to the units."),
    unifiedBalanceFen: fen("The unified account's balance when the run was made."),
    shortfallFen: fen(
      "How far the due exceeded the unified balance: cards used whose cash is not yet remitted.",
    ),
    returnedFen: fen("Total moved by the approval (pro rata on a shortfall)."),
    lines: z.array(SettlementLineSchema),
  })
  .openapi("SettlementRun");

export const SettlementRunIdParamSchema = z.object({
  id: z.string().max(64).openapi({ example: "stl_01jq3v6k9xf0b8e4mz7t2c5n1r" }),
});

export const ListSettlementRunsQuerySchema = z.strictObject({
  period: PeriodSchema.optional(),
});
