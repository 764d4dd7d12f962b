import { z } from "@hono/zod-openapi";
import { defineRoute } from "../../../http/define-route.ts";
import { jsonBody, jsonResponse, problemResponses } from "../../../http/openapi.ts";
import {
  IvrBalanceAnswerSchema,
  IvrCustomerAnswerSchema,
  IvrRechargeAnswerSchema,
} from "../../../services/channels/ivr/ivr-answer-view.ts";
import {
  IvrBalanceRequestSchema,
  IvrCustomerRequestSchema,
  IvrRechargeRequestSchema,
} from "./ivr.schemas.ts";

const tags = ["Channels: 95598 IVR"];
const read = { clients: ["ivr"], operation: "accounts:read" } as const;
const write = { clients: ["ivr"], operation: "recharges:write" } as const;
const ANSWERS_IN_WORDS =
  "Every business outcome is a 200 with `ok` and `speak` (zh-CN text for TTS); a 4xx means the IVR " +
  "itself sent something wrong.";

export const confirmCustomer = defineRoute({
  method: "post",
  path: "/v1/channels/ivr/customer",
  operationId: "ivrConfirmCustomer",
  tags,
  access: read,
  summary: "IVR: confirm a customer number keyed in by the caller",
  description: `The first step of the 95598 phone recharge: the caller hears the masked name before going on. ${ANSWERS_IN_WORDS}`,
  request: { body: jsonBody(IvrCustomerRequestSchema, "The digits the caller keyed in.") },
  responses: {
    200: jsonResponse(IvrCustomerAnswerSchema, "The masked name and what to say, or why not (`ok: false`)."),
    ...problemResponses("malformed_json", "payload_too_large", "forbidden"),
  },
});

export const recharge = defineRoute({
  method: "post",
  path: "/v1/channels/ivr/recharge",
  operationId: "ivrRecharge",
  tags,
  access: write,
  summary: "IVR: recharge a card keyed in on the phone",
  description:
    "Uses a sold card once and credits its face value to the customer's prepaid account, exactly as " +
    "`POST /v1/recharges` does (recorded with channel `ivr`). The Idempotency-Key header is optional here: " +
    "without it the key is derived from `callId` and the digits keyed in, so resending the same request " +
    "after a timeout is one recharge, while a second card or a corrected PIN in the same call is a new " +
    `attempt. ${ANSWERS_IN_WORDS}`,
  request: {
    headers: z.object({
      "Idempotency-Key": z
        .string()
        .optional()
        .openapi({
          param: { in: "header", required: false },
          description:
            "Optional. 1–255 printable ASCII characters; when given it is used instead of the derived key.",
          example: "8d1f6c3e-4b7a-4f0e-9a51-2f0a8c9e1d44",
        }),
    }),
    body: jsonBody(
      IvrRechargeRequestSchema,
      "The customer number, card number and PIN keyed in, and the call.",
    ),
  },
  responses: {
    200: jsonResponse(
      IvrRechargeAnswerSchema,
      "The amount and new balance and what to say, or the reason (`code`) and what to say. A replay carries " +
        "`Idempotent-Replayed: true`.",
    ),
    ...problemResponses("idempotency_key_invalid", "malformed_json", "payload_too_large", "forbidden"),
  },
});

export const balance = defineRoute({
  method: "post",
  path: "/v1/channels/ivr/balance",
  operationId: "ivrBalance",
  tags,
  access: read,
  summary: "IVR: the balance of a customer number",
  description: `The prepaid balance, in fen and in words. ${ANSWERS_IN_WORDS}`,
  request: { body: jsonBody(IvrBalanceRequestSchema, "The customer number keyed in.") },
  responses: {
    200: jsonResponse(IvrBalanceAnswerSchema, "The balance and what to say, or why not (`ok: false`)."),
    ...problemResponses("malformed_json", "payload_too_large", "forbidden"),
  },
});
