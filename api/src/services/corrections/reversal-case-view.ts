import { z } from "@hono/zod-openapi";
import {
  CORRECTION_CASE_STATES,
  customers,
  type Orm,
  REVERSAL_DESTINATIONS,
  REVERSAL_SOURCES,
  type reversalCases,
} from "@powercard/db";
import { inArray } from "drizzle-orm";
import { maskName } from "../../shared/mask.ts";

export type ReversalCaseRow = typeof reversalCases.$inferSelect;

export const ReversalCaseSchema = z
  .object({
    id: z.string().openapi({ example: "rvc_01jq3v6k9xf0b8e4mz7t2c5n1r" }),
    source: z.enum(REVERSAL_SOURCES).openapi({ description: "A card `recharge` or a partner `topup`." }),
    creditId: z.string().openapi({ description: "The recharge or top-up undone (its 流水号)." }),
    cardNo: z.string().nullable().openapi({ description: "The card of a recharge; null for a top-up." }),
    fromCustomerNo: z.string().openapi({ description: "The customer wrongly credited." }),
    fromCustomerName: z.string().openapi({ description: "Their name, masked.", example: "欧**月" }),
    destination: z.enum(REVERSAL_DESTINATIONS).openapi({
      description:
        "`customer`: to the right 户号; `source`: back to the card (sold, unused again) or partner.",
    }),
    toCustomerNo: z.string().nullable(),
    toCustomerName: z.string().nullable().openapi({ description: "The right customer's name, masked." }),
    amountFen: z.number().int().openapi({ example: 5000 }),
    currency: z.literal("CNY"),
    reason: z.string(),
    evidence: z.string(),
    unitId: z.string().openapi({ description: "The wrongly credited customer's accounting unit." }),
    approvalId: z.string().openapi({ description: "The maker-checker request that decides the case." }),
    state: z.enum(CORRECTION_CASE_STATES).openapi({
      description: "`pending` until a second person decides; `executed` (the money moved) or `rejected`.",
    }),
    openedBy: z.string(),
    openedAt: z.string().openapi({ format: "date-time" }),
    decidedBy: z.string().nullable(),
    decidedAt: z.string().nullable().openapi({ format: "date-time" }),
    outTransactionId: z.string().nullable().openapi({
      description: "Set when executed: the ledger transaction in the wrongly credited customer's book.",
    }),
    inTransactionId: z.string().nullable().openapi({
      description: "Set when executed to a customer: the ledger transaction in the right customer's book.",
    }),
  })
  .openapi("ReversalCase");
export type ReversalCaseView = z.infer<typeof ReversalCaseSchema>;

/** Customers' names by number, masked, for a page of cases. */
export async function maskedNames(orm: Orm, customerNos: readonly (string | null)[]) {
  const wanted = [...new Set(customerNos.filter((n): n is string => n !== null))];
  if (wanted.length === 0) return new Map<string, string>();
  const rows = await orm
    .select({ customerNo: customers.customerNo, name: customers.name })
    .from(customers)
    .where(inArray(customers.customerNo, wanted));
  return new Map(rows.map((r) => [r.customerNo, maskName(r.name)]));
}

export async function toReversalCaseViews(orm: Orm, rows: readonly ReversalCaseRow[]) {
  const names = await maskedNames(
    orm,
    rows.flatMap((r) => [r.fromCustomerNo, r.toCustomerNo]),
  );
  return rows.map(
    (row): ReversalCaseView => ({
      id: row.id,
      source: row.source,
      creditId: row.creditId,
      cardNo: row.cardNo,
      fromCustomerNo: row.fromCustomerNo,
      fromCustomerName: names.get(row.fromCustomerNo) ?? "*",
      destination: row.destination,
      toCustomerNo: row.toCustomerNo,
      toCustomerName: row.toCustomerNo ? (names.get(row.toCustomerNo) ?? "*") : null,
      amountFen: row.amountFen,
      currency: "CNY",
      reason: row.reason,
      evidence: row.evidence,
      unitId: row.unitId,
      approvalId: row.approvalId,
      state: row.state,
      openedBy: row.openedBy,
      openedAt: row.createdAt.toISOString(),
      decidedBy: row.decidedBy,
      decidedAt: row.decidedAt?.toISOString() ?? null,
      outTransactionId: row.outTransactionId,
      inTransactionId: row.inTransactionId,
    }),
  );
}

export const ReversalPreviewSchema = z
  .object({
    source: z.enum(REVERSAL_SOURCES),
    creditId: z.string(),
    cardNo: z.string().nullable(),
    amountFen: z.number().int(),
    creditedAt: z.string().openapi({ format: "date-time" }),
    from: z.object({
      customerNo: z.string(),
      customerName: z.string().openapi({ description: "Masked.", example: "欧**月" }),
      balanceFen: z.number().int(),
    }),
    to: z
      .object({
        customerNo: z.string(),
        customerName: z.string().openapi({ description: "Masked.", example: "张*明" }),
        closed: z.boolean(),
      })
      .nullable()
      .openapi({
        description: "The right customer asked about; null when none was given or it does not exist.",
      }),
    withinWindow: z
      .boolean()
      .openapi({ description: "Whether a case may still be opened (REVERSAL_WINDOW_DAYS)." }),
    unspent: z
      .boolean()
      .openapi({ description: "Whether the balance still holds the amount (checked again at execution)." }),
    openCaseId: z
      .string()
      .nullable()
      .openapi({ description: "A case of this credit pending or executed, if any." }),
  })
  .openapi("ReversalPreview");
export type ReversalPreviewView = z.infer<typeof ReversalPreviewSchema>;
