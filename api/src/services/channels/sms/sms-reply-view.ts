import { z } from "@hono/zod-openapi";
import { RECHARGE_FAILURES } from "../channel-recharge.ts";

/** What an inbound SMS came to; the reply schema documents each. */
export const SMS_OUTCOMES = [
  "recharged",
  "balance_sent",
  "balance_refused",
  "help",
  "invalid_command",
  ...RECHARGE_FAILURES,
] as const;
export type SmsOutcome = (typeof SMS_OUTCOMES)[number];

export const SmsReplySchema = z
  .object({
    reply: z.string().min(1).openapi({
      description: "The text to send back to `from` (zh-CN, one SMS where possible). Never contains the PIN.",
      example: "充值成功：户号3301000001（张*明）充值100元，当前余额250元。",
    }),
    outcome: z.enum(SMS_OUTCOMES).openapi({
      description:
        "What happened: `recharged`, `balance_sent`, `balance_refused` (the sender is not the customer's " +
        "registered phone, or there is no such customer — deliberately indistinguishable), `help`, " +
        "`invalid_command`, a recharge error code of `POST /v1/recharges`, or `rate_limited` (too many failed " +
        "recharges from this phone or naming this customer number; the reply says when to try again).",
      example: "recharged",
    }),
  })
  .openapi("SmsReply");
export type SmsReplyView = z.infer<typeof SmsReplySchema>;
