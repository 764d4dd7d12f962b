import { z } from "@hono/zod-openapi";
import { CardStatusSchema } from "../cards/card-status-view.ts";

/**
 * Why a recharge would not go ahead, as the preview sees it before any PIN: the account is
 * closed, or the card's status (its recharge error code; `card_not_genuine` and `card_void` for
 * a number that is no card, or a scrapped one).
 */
export const PREVIEW_REFUSALS = [
  "account_closed",
  "card_not_genuine",
  "card_not_sold",
  "card_locked",
  "card_frozen",
  "card_already_used",
  "card_void",
] as const;
export type PreviewRefusal = (typeof PREVIEW_REFUSALS)[number];

/** The preview of a recharge: whose account it goes to (masked), and what the card is worth. */
export const RechargePreviewSchema = z
  .object({
    customer: z.object({
      customerNo: z.string().openapi({ description: "The customer number, masked.", example: "33******01" }),
      name: z.string().openapi({ description: "The account holder's name, masked.", example: "张*明" }),
      address: z.string().nullable().openapi({
        description: "The supply address, masked to its region; null when the utility holds none.",
        example: "浙江省杭州市西湖区****",
      }),
      acceptsRecharge: z.boolean().openapi({ description: "False for a closed account (销户)." }),
    }),
    // Optional, not nullable: a nullable reference would make the shared CardStatus component nullable.
    card: CardStatusSchema.optional().openapi({
      description: "The card's status, when a card number was sent.",
    }),
    canRecharge: z.boolean().openapi({
      description:
        "Whether a recharge with the right PIN would go ahead now: the account is open and the card (if sent) is sold and unused.",
    }),
    refusal: z.enum(PREVIEW_REFUSALS).nullable().openapi({
      description: "Why not, when `canRecharge` is false.",
      example: null,
    }),
  })
  .openapi("RechargePreview");
export type RechargePreviewView = z.infer<typeof RechargePreviewSchema>;
