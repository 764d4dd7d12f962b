import { z } from "@hono/zod-openapi";
import { type Orm, REMITTANCE_STATES, type remittances } from "@powercard/db";
import { StaffRefSchema, staffRefs } from "../staff/staff-ref.ts";

export type RemittanceRow = typeof remittances.$inferSelect;

/** The public shape of a remittance; the POST answers and the GETs give the same fields. */
export const RemittanceSchema = z
  .object({
    id: z.string().openapi({ example: "rem_01jq3v6k9xf0b8e4mz7t2c5n1r" }),
    outletUnitId: z.string(),
    businessDate: z.string().openapi({ format: "date" }),
    amountFen: z.number().int().openapi({ example: 1_250_000 }),
    currency: z.literal("CNY"),
    bankReference: z.string(),
    state: z.enum(REMITTANCE_STATES).openapi({
      description: "`declared` by the outlet; `confirmed` (booked) or `rejected` by the settlement center.",
    }),
    declaredBy: z.string(),
    declarer: StaffRefSchema.nullable().openapi({ description: "Who declared it (`declaredBy`), by name." }),
    declaredAt: z.string().openapi({ format: "date-time" }),
    decidedBy: z.string().nullable(),
    decider: StaffRefSchema.nullable().openapi({ description: "Who confirmed or rejected it, by name." }),
    decidedAt: z.string().nullable().openapi({ format: "date-time" }),
    rejectReason: z.string().nullable(),
    ledgerTransactionId: z.string().nullable().openapi({
      description: "Set when confirmed: the ledger transaction moving the cash to the unified account.",
    }),
  })
  .openapi("Remittance");
export type RemittanceView = z.infer<typeof RemittanceSchema>;

/** Remittances as the API shows them, the declarer's and decider's names read in one query. */
export async function toRemittanceViews(
  orm: Pick<Orm, "select">,
  rows: RemittanceRow[],
): Promise<RemittanceView[]> {
  const person = await staffRefs(
    orm,
    rows.flatMap((r) => [r.declaredBy, r.decidedBy]),
  );
  return rows.map((row) => ({
    id: row.id,
    outletUnitId: row.outletUnitId,
    businessDate: row.businessDate,
    amountFen: row.amountFen,
    currency: "CNY",
    bankReference: row.bankReference,
    state: row.state,
    declaredBy: row.declaredBy,
    declarer: person(row.declaredBy),
    declaredAt: row.declaredAt.toISOString(),
    decidedBy: row.decidedBy,
    decider: person(row.decidedBy),
    decidedAt: row.decidedAt?.toISOString() ?? null,
    rejectReason: row.rejectReason,
    ledgerTransactionId: row.ledgerTransactionId,
  }));
}

/** One remittance as the API shows it. */
export async function toRemittanceView(
  orm: Pick<Orm, "select">,
  row: RemittanceRow,
): Promise<RemittanceView> {
  const [view] = await toRemittanceViews(orm, [row]);
  return view as RemittanceView;
}
