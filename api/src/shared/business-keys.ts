import { z } from "@hono/zod-openapi";
import { isValidCardNo } from "@powercard/db";

/** The business keys, used as they are (not prefixed ids), in requests and responses alike. */
export const CardNoSchema = z
  .string()
  .regex(/^[0-9]{16}$/, "must be 16 digits")
  .refine(isValidCardNo, "check digit does not match: re-read the card number")
  .openapi({
    description:
      "The 16-digit card number as printed (without spaces); the last digit is a Damm check digit.",
    example: "3300000000000019",
  });

export const PinSchema = z
  .string()
  .regex(/^[0-9]{16}$/, "must be 16 digits")
  .openapi({ description: "The 16-digit PIN under the scratch-off panel.", example: "1234567890123456" });

export const CustomerNoSchema = z
  .string()
  .regex(/^[0-9]{10}$/, "must be 10 digits")
  .openapi({ description: "The electricity customer number (户号).", example: "3301000001" });
