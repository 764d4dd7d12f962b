import { z } from "@hono/zod-openapi";
import { defineRoute } from "../../../http/define-route.ts";
import { jsonBody, jsonResponse, problemResponses } from "../../../http/openapi.ts";
import { SmsReplySchema } from "../../../services/channels/sms/sms-reply-view.ts";

export const InboundSmsSchema = z
  .strictObject({
    from: z
      .string()
      .regex(/^\+?[0-9]{3,24}$/, "must be a phone number: digits, optionally with a leading +")
      .openapi({
        description: "The sender's phone number (13812345678, 8613812345678 or +8613812345678).",
        example: "13812345678",
      }),
    text: z.string().openapi({
      description:
        "The message exactly as received, any length up to the request size limit. Full-width characters, " +
        "ideographic spaces, lower case and numbers grouped with spaces or dashes are all understood.",
      example: "CZ 3301000001 3300 0000 0000 0019 1234 5678 9012 3456",
    }),
    messageId: z
      .string()
      .min(1)
      .max(255)
      .optional()
      .openapi({
        description:
          "The gateway's id of the message. Send it, and send the same id when you retry: a recharge is then " +
          "made once however often the message is delivered. Without it, the same text from the same number " +
          "within the same minute counts as one message.",
        example: "gw-20261126-7f3a9c",
      }),
  })
  .openapi("InboundSms");

export const inboundSms = defineRoute({
  method: "post",
  path: "/v1/channels/sms/inbound",
  operationId: "smsInbound",
  tags: ["Channels: SMS gateway"],
  access: { clients: ["sms"], operation: "recharges:write" },
  summary: "SMS gateway: answer an inbound SMS",
  description:
    "The SMS gateway posts every message customers send to the service number; the answer is the reply to " +
    "send back. Commands (keywords in any case, full-width or Chinese):\n\n" +
    "- `CZ <户号> <卡号> <密码>` or `充值 …` — recharge a card (channel `sms`);\n" +
    "- `YE <户号>` or `余额 …` — the balance, sent only to the phone registered for that customer;\n" +
    "- `HELP`, `BZ`, `帮助`, `?` — a short help. Anything else is answered with the help too.\n\n" +
    "Every message is answered 200 with a reply; only credentials and a body that is not the JSON " +
    "described here get a 4xx.",
  request: { body: jsonBody(InboundSmsSchema, "One inbound message.") },
  responses: {
    200: jsonResponse(SmsReplySchema, "The reply to send to the customer."),
    ...problemResponses("malformed_json", "payload_too_large", "forbidden"),
  },
});
