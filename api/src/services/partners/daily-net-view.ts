import { z } from "@hono/zod-openapi";

const CountAndAmountSchema = z.object({
  count: z.number().int().openapi({ example: 120 }),
  amountFen: z.number().int().openapi({ example: 1_200_000 }),
});

export const DailyNetSchema = z
  .object({
    clientId: z.string().openapi({ example: "cli_01jq3v6k9xf0b8e4mz7t2c5n1r" }),
    businessDate: z.string().openapi({ format: "date", example: "2026-11-26" }),
    currency: z.literal("CNY"),
    recharges: CountAndAmountSchema.openapi({
      description:
        "Card recharges you made. No money is owed for them: the cards were paid for at the outlets.",
    }),
    topups: CountAndAmountSchema.openapi({ description: "Direct top-ups you made." }),
    netPayableFen: z.number().int().openapi({
      description: "What you owe the utility for the day, in fen: your top-ups, as the ledger records them.",
      example: 350_000,
    }),
  })
  .openapi("DailyNet");
export type DailyNetView = z.infer<typeof DailyNetSchema>;
