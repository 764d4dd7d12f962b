import { z } from "@hono/zod-openapi";

// The answers (IvrCustomerAnswer, IvrRechargeAnswer, IvrBalanceAnswer) are stated in
// services/channels/ivr/ivr-answer-view.ts.

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
