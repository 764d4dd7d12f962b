import { z } from "@hono/zod-openapi";

/**
 * What anyone may learn of a card from its number alone (the public card check, the recharge
 * preview): whether it is genuine and where it is in its life. Never anything of the PIN, nor
 * the full customer number that used it.
 */
export const PUBLIC_CARD_STATUSES = [
  "not_genuine",
  "unsold",
  "sold_unused",
  "locked_online",
  "locked",
  "frozen",
  "used",
  "void",
] as const;
export type PublicCardStatus = (typeof PUBLIC_CARD_STATUSES)[number];

export const CardStatusSchema = z
  .object({
    cardNo: z
      .string()
      .openapi({ description: "The card number asked about, as sent.", example: "3300000000000019" }),
    genuine: z.boolean().openapi({ description: "Whether the utility issued a card with this number." }),
    checkDigitValid: z.boolean().openapi({
      description:
        "Whether the last digit matches (Damm). False means a typo or a made-up number — told at once, without a look-up.",
    }),
    status: z.enum(PUBLIC_CARD_STATUSES).openapi({
      description:
        "`not_genuine`: no such card (or a wrong check digit); `unsold`: still in the utility's stock — a card offered " +
        "for sale outside an authorised outlet is suspect; `sold_unused`: sold, can be recharged; `locked_online`: sold, " +
        "unused, but closed to the web, phone and SMS after 5 wrong PINs — it still works at a service counter or a bank; " +
        "`locked`: locked after wrong PINs, a service counter unlocks it; `frozen`: reported lost or stolen; `used`: " +
        "already recharged (see `usedAt`, `usedByCustomerNo`); `void`: scrapped or destroyed.",
      example: "sold_unused",
    }),
    faceValueFen: z
      .number()
      .int()
      .nullable()
      .openapi({ description: "The card's face value, in fen.", example: 10000 }),
    usedAt: z
      .string()
      .nullable()
      .openapi({ format: "date-time", description: "When a used card was recharged." }),
    usedByCustomerNo: z
      .string()
      .nullable()
      .openapi({ description: "The customer number it went to, masked.", example: "33******01" }),
  })
  .openapi("CardStatus");
export type CardStatusView = z.infer<typeof CardStatusSchema>;
