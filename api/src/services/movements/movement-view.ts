import { z } from "@hono/zod-openapi";
import { toDate, toFen } from "@powercard/db";

/** One movement of a customer's prepaid account, as the feed and the daily file give it. */
export const MovementSchema = z
  .object({
    position: z.number().int().openapi({
      description: "Where the movement stands in the feed: 1, 2, 3… without gaps, never reused.",
      example: 1024,
    }),
    movementId: z.string().openapi({
      description: "The ledger transaction (with `leg`, unique): the key to deduplicate by.",
      example: "txn_01jq3v6k9xf0b8e4mz7t2c5n1r",
    }),
    leg: z.number().int().openapi({ description: "The transaction's prepaid-account leg.", example: 2 }),
    kind: z.string().openapi({
      description:
        "The ledger kind: `recharge`, `topup`, `bill_payment`, and any kind added later (reversals, refunds). " +
        "Treat an unknown kind as a movement like any other: its amount and balance are complete.",
      example: "recharge",
    }),
    customerNo: z.string().openapi({ example: "3301000001" }),
    amountFen: z.number().int().openapi({
      description: "Signed for the customer: + money into the prepaid account, − out of it.",
      example: 10_000,
    }),
    balanceAfterFen: z.number().int().openapi({
      description: "The prepaid balance right after this movement.",
      example: 15_000,
    }),
    accountingUnitId: z.string().nullable().openapi({
      description: "The customer's accounting unit when the movement was sequenced.",
      example: "unt_01jq3v6k9xf0b8e4mz7t2c5n1r",
    }),
    channel: z.string().nullable().openapi({
      description:
        "The recharge's channel (counter, ivr, sms, web, partner); `partner` for a top-up; else null.",
      example: "counter",
    }),
    reference: z.string().nullable().openapi({
      description: "The business record behind it: a recharge (`rch_…`) or top-up id; null where none.",
      example: "rch_01jq3v6k9xf0b8e4mz7t2c5n1r",
    }),
    businessDate: z.string().openapi({ format: "date", example: "2026-11-26" }),
    occurredAt: z.string().openapi({ format: "date-time", description: "When the movement was booked." }),
  })
  .openapi("Movement");
export type MovementView = z.infer<typeof MovementSchema>;

export const MovementPageSchema = z
  .object({
    data: z.array(MovementSchema),
    next: z
      .number()
      .int()
      .openapi({
        description:
          "The position to ask after next time (`?after=`): the last one of this page, or your `after` when " +
          "nothing is new yet. Keep it only once you have stored the page.",
        example: 1124,
      }),
  })
  .openapi("MovementPage");
export type MovementPageView = z.infer<typeof MovementPageSchema>;

/** The columns every read of the feed selects, in the order toMovementView reads them. */
export const MOVEMENT_COLUMNS = `position, transaction_id, leg, kind, customer_no, amount_fen, balance_after_fen,
  accounting_unit_id, channel, reference, business_date::text AS business_date, occurred_at`;

/** A row of `account_movements` (snake_case, as the driver returns it). */
export function toMovementView(row: Record<string, unknown>): MovementView {
  return {
    position: Number(row.position),
    movementId: String(row.transaction_id),
    leg: Number(row.leg),
    kind: String(row.kind),
    customerNo: String(row.customer_no),
    amountFen: toFen(row.amount_fen),
    balanceAfterFen: toFen(row.balance_after_fen),
    accountingUnitId: row.accounting_unit_id == null ? null : String(row.accounting_unit_id),
    channel: row.channel == null ? null : String(row.channel),
    reference: row.reference == null ? null : String(row.reference),
    businessDate: String(row.business_date),
    occurredAt: toDate(row.occurred_at).toISOString(),
  };
}
