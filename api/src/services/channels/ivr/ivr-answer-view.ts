import { z } from "@hono/zod-openapi";
import { RECHARGE_FAILURES } from "../channel-recharge.ts";
import { IVR_INPUT_FAILURES } from "./speak-texts.ts";

/**
 * The IVR's three answers, stated once: the routes document them, the services' answer types are
 * these narrowed by `ok` (balance-by-phone.ts, confirm-customer.ts, recharge-by-phone.ts).
 */

const Speak = z.string().openapi({
  description:
    "What to say to the caller, zh-CN, ready for TTS: identifiers digit by digit, amounts in 元/角/分.",
});

export const IVR_CODES = [...IVR_INPUT_FAILURES, ...RECHARGE_FAILURES] as const;
const Code = z.enum(IVR_CODES).openapi({
  description:
    "Why `ok` is false. `customer_no_invalid`, `card_no_invalid`, `pin_invalid`: wrong number of digits or a " +
    "card number whose check digit does not match (ask again); the others are the recharge error codes of " +
    "`POST /v1/recharges` (an unknown card is `pin_incorrect`), and `rate_limited` when 10 recharges from this " +
    "calling number failed within 10 minutes, or 10 self-service recharges naming " +
    "this customer number failed within the hour.",
  example: "pin_incorrect",
});

export const IvrCustomerAnswerSchema = z
  .object({
    ok: z.boolean().openapi({ description: "Whether the customer number exists." }),
    maskedName: z
      .string()
      .optional()
      .openapi({ description: "The customer's name, masked.", example: "张*明" }),
    code: Code.optional(),
    speak: Speak,
  })
  .openapi("IvrCustomerAnswer", {
    example: { ok: true, maskedName: "张*明", speak: "您输入的户号是三三零幺零零零零零幺，户名张某明。" },
  });

export const IvrRechargeAnswerSchema = z
  .object({
    ok: z.boolean().openapi({ description: "Whether the card was used and the account credited." }),
    amountFen: z
      .number()
      .int()
      .optional()
      .openapi({ description: "Amount credited, in fen.", example: 10000 }),
    balanceFen: z
      .number()
      .int()
      .optional()
      .openapi({ description: "The balance right after the recharge, in fen.", example: 25000 }),
    code: Code.optional(),
    speak: Speak,
  })
  .openapi("IvrRechargeAnswer", {
    example: { ok: true, amountFen: 10000, balanceFen: 25000, speak: "您已成功充值100元，当前余额250元。" },
  });

export const IvrBalanceAnswerSchema = z
  .object({
    ok: z.boolean().openapi({ description: "Whether the customer number exists." }),
    balanceFen: z.number().int().optional().openapi({ description: "The balance, in fen.", example: 25000 }),
    code: Code.optional(),
    speak: Speak,
  })
  .openapi("IvrBalanceAnswer", {
    example: { ok: true, balanceFen: 25000, speak: "您的户号当前余额250元。" },
  });

export type IvrCustomerAnswerView = z.infer<typeof IvrCustomerAnswerSchema>;
export type IvrRechargeAnswerView = z.infer<typeof IvrRechargeAnswerSchema>;
export type IvrBalanceAnswerView = z.infer<typeof IvrBalanceAnswerSchema>;
