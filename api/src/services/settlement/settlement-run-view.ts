import { z } from "@hono/zod-openapi";
import { type Orm, SETTLEMENT_RUN_STATES, settlementLines, type settlementRuns } from "@powercard/db";
import { asc, eq } from "drizzle-orm";
import { StaffRefSchema, staffRefs } from "../staff/staff-ref.ts";

export type SettlementRunRow = typeof settlementRuns.$inferSelect;

const fen = (description: string) => z.number().int().openapi({ description, example: 1_250_000 });

export const SettlementLineSchema = z
  .object({
    unitId: z.string().openapi({ description: "The accounting unit.", example: "unt_demo_hz" }),
    rechargesFen: fen("Card recharges of the unit's customers with business dates up to the period's end."),
    topupsFen: fen("Partner top-ups of the unit's customers up to the period's end."),
    correctionsFen: fen(
      "Executed corrections up to the period's end: reversals into the unit's customers minus reversals out of them and closed-account refunds (negative when more left).",
    ),
    returnedBeforeFen: fen("Returned to the unit by runs approved before this run was made."),
    dueFen: fen("recharges + top-ups + corrections − returned before (never below zero)."),
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
    creator: StaffRefSchema.nullable().openapi({ description: "Who made the run (`createdBy`), by name." }),
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
export type SettlementRunView = z.infer<typeof SettlementRunSchema>;

/** The public shape of a run with its lines; the POST answer and the GETs give the same fields. */
export async function settlementRunView(orm: Orm, run: SettlementRunRow): Promise<SettlementRunView> {
  const lines = await orm
    .select()
    .from(settlementLines)
    .where(eq(settlementLines.runId, run.id))
    .orderBy(asc(settlementLines.unitId));
  const person = await staffRefs(orm, [run.createdBy]);
  return {
    id: run.id,
    period: run.period,
    state: run.state,
    unitId: run.unitId,
    approvalId: run.approvalId,
    createdBy: run.createdBy,
    creator: person(run.createdBy),
    createdAt: run.createdAt.toISOString(),
    decidedAt: run.decidedAt?.toISOString() ?? null,
    currency: "CNY",
    dueFen: run.dueFen,
    unifiedBalanceFen: run.unifiedBalanceFen,
    shortfallFen: run.shortfallFen,
    returnedFen: run.returnedFen,
    lines: lines.map((l) => ({
      unitId: l.unitId,
      rechargesFen: l.rechargesFen,
      topupsFen: l.topupsFen,
      correctionsFen: l.correctionsFen,
      returnedBeforeFen: l.returnedBeforeFen,
      dueFen: l.dueFen,
      returnedFen: l.returnedFen,
      ledgerTransactionId: l.ledgerTransactionId,
    })),
  };
}
