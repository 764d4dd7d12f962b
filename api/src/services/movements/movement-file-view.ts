import { z } from "@hono/zod-openapi";
import { MovementSchema, type MovementView } from "./movement-view.ts";

const KindTotalSchema = z.object({
  kind: z.string().openapi({ example: "recharge" }),
  count: z.number().int().openapi({ example: 120 }),
  amountFen: z.number().int().openapi({ description: "Signed for the customers.", example: 1_200_000 }),
});

/**
 * The payload of the signed daily movement file. The response itself is the JWS text, so the
 * route registers this as a component for the marketing system to read.
 */
export const MovementFileSchema = z
  .object({
    businessDate: z.string().openapi({ format: "date" }),
    generatedAt: z.string().openapi({ format: "date-time" }),
    currency: z.literal("CNY"),
    throughPosition: z.number().int().openapi({
      description:
        "The feed's last position when the file was made: the file holds every movement of the day up to it.",
    }),
    final: z.boolean().openapi({
      description:
        "True once the day closed more than an hour ago and none of its movements waits to be sequenced: " +
        "the file will not change any more. Before that, fetch it again later.",
    }),
    movements: z.array(MovementSchema).openapi({ description: "The day's movements in feed order." }),
    totals: z.object({
      count: z.number().int(),
      creditFen: z.number().int().openapi({ description: "Sum of the positive amounts (money in)." }),
      debitFen: z.number().int().openapi({ description: "Sum of the negative amounts (money out), ≤ 0." }),
      netFen: z.number().int().openapi({ description: "creditFen + debitFen." }),
      byKind: z.array(KindTotalSchema).openapi({ description: "Per ledger kind, sorted by kind." }),
    }),
  })
  .openapi("MovementFile");
export type MovementFileView = z.infer<typeof MovementFileSchema>;

/** The file's totals, from its own movements (so a reader can recompute them). */
export function movementTotals(movements: readonly MovementView[]): MovementFileView["totals"] {
  const byKind = new Map<string, { count: number; amountFen: number }>();
  let creditFen = 0;
  let debitFen = 0;
  for (const m of movements) {
    if (m.amountFen > 0) creditFen += m.amountFen;
    else debitFen += m.amountFen;
    const total = byKind.get(m.kind) ?? { count: 0, amountFen: 0 };
    total.count += 1;
    total.amountFen += m.amountFen;
    byKind.set(m.kind, total);
  }
  return {
    count: movements.length,
    creditFen,
    debitFen,
    netFen: creditFen + debitFen,
    byKind: [...byKind.entries()]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([kind, total]) => ({ kind, ...total })),
  };
}
