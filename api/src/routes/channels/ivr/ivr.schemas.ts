import { z } from "@hono/zod-openapi";
import { RECHARGE_FAILURES } from "../../../services/channels/channel-recharge.ts";
import { IVR_INPUT_FAILURES } from "../../../services/channels/ivr/speak-texts.ts";

/**
 * What the IVR collected from the keypad: digits only. A wrong number of digits is not a 400 but
 * an answer with `ok: false` and words to speak, so the menu can simply ask again.
 */
const keyed = (description: string, example: string) =>
  z
    .string()
    .regex(/^[0-9]{0,32}$/, "must be digits 0-9 only (at most 32)")
    .openapi({ description, example });

const CustomerNo = keyed("The customer number (户号) as keyed in: 10 digits.", "3301000001");

export const IvrCustomerRequestSchema = z
  .strictObject({ customerNo: CustomerNo })
  .openapi("IvrCustomerRequest");
export const IvrBalanceRequestSchema = z
  .strictObject({ customerNo: CustomerNo })
  .openapi("IvrBalanceRequest");

export const IvrRechargeRequestSchema = z
  .strictObject({
    customerNo: CustomerNo,
    cardNo: keyed("The 16-digit card number as keyed in (last digit is a check digit).", "3300000000000019"),
    pin: keyed("The 16-digit PIN under the scratch-off panel, as keyed in.", "1234567890123456"),
    callId: z
      .string()
      .regex(/^[\x21-\x7e]{1,128}$/, "must be 1-128 printable ASCII characters")
      .openapi({
        description:
          "The IVR's id of the phone call. Without an Idempotency-Key header, the key is derived from the call " +
          "and the digits keyed in, so resending the same request is one recharge.",
        example: "call-20261126-000123",
      }),
    callerNumber: z
      .string()
      .regex(/^\+?[0-9]{0,20}$/, "must be the caller's number in digits (empty when withheld)")
      .openapi({
        description:
          "The caller's number (ANI) as the switch delivered it, or empty when the caller withheld it. " +
          "Failed recharges are limited per calling number (all withheld numbers share one limit).",
        example: "13812345678",
      }),
  })
  .openapi("IvrRechargeRequest");

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
