import { z } from "@hono/zod-openapi";
import { defineRoute } from "../../http/define-route.ts";
import { CustomerNoSchema, jsonBody, jsonResponse, problemResponses } from "../../http/openapi.ts";
import { rateLimitedResponse } from "../../http/rate-limit.ts";
import { LOOKUP_LIMITS } from "../../services/limits/lookup-limits.ts";
import { RechargePreviewSchema } from "../../services/recharge/recharge-preview-view.ts";

/** The card number is only checked for its 16 digits here: a wrong check digit is answered as `not_genuine`. */
export const CreateRechargePreviewSchema = z
  .strictObject({
    customerNo: CustomerNoSchema,
    cardNo: z
      .string()
      .regex(/^[0-9]{16}$/, "must be 16 digits")
      .optional()
      .openapi({
        description: "The 16-digit card number, to see its face value and whether it can be used.",
      }),
  })
  .openapi("CreateRechargePreview");

const { preview_ip, preview_customer, preview_client, preview_clerk } = LOOKUP_LIMITS;
const minutes = (seconds: number) => `${seconds / 60} minutes`;

const WHAT =
  "Before any money moves: whose account a recharge would go to — the customer number, name and supply " +
  "address, masked (张*明, 浙江省杭州市西湖区****) — and, with `cardNo`, the card's face value and whether it can " +
  "be used now. No PIN is asked, and nothing is told of one. Nothing is written but the look-up's count. " +
  "Show the masked name to the payer and recharge only after they confirm it.\n\n" +
  "An unknown customer number is 404 `customer_not_found`. A card number whose check digit is wrong, or that " +
  "the utility never issued, has `card.status` `not_genuine`. A closed account has `acceptsRecharge: false` " +
  "and `refusal` `account_closed`.";

export const createRechargePreview = defineRoute({
  access: { clients: "any", operation: "recharges:write", roles: ["clerk"] },
  method: "post",
  path: "/v1/recharge-previews",
  operationId: "createRechargePreview",
  tags: ["Recharges"],
  summary: "Preview a recharge: the masked 户名 and address, the card's value (step 1 of a recharge)",
  description:
    `${WHAT}\n\nEvery preview counts (found or not, it tells something): ${preview_client.max} per ` +
    `${minutes(preview_client.windowSeconds)} per channel client, or half the requests its rate allows in that ` +
    `window if more; ${preview_clerk.max} per ${minutes(preview_clerk.windowSeconds)} per clerk. Beyond, 429 ` +
    "`rate_limited` with `Retry-After`.",
  request: {
    body: jsonBody(CreateRechargePreviewSchema, "The customer number, and optionally the card number."),
  },
  responses: {
    200: jsonResponse(RechargePreviewSchema, "The masked account and the card's status."),
    ...problemResponses("malformed_json", "payload_too_large", "customer_not_found", "forbidden"),
    ...rateLimitedResponse("too many previews by this client or clerk; retry after Retry-After seconds."),
  },
});

export const createPublicRechargePreview = defineRoute({
  access: { public: true },
  method: "post",
  path: "/v1/public/recharge-previews",
  operationId: "createPublicRechargePreview",
  tags: ["Public"],
  summary: "Preview a recharge from the public self-service page (no credentials)",
  description:
    `${WHAT}\n\nThe confirm step of the 95598 page (same origin, no CORS). Every preview counts: ` +
    `${preview_ip.max} per ${minutes(preview_ip.windowSeconds)} per IP address (IPv6: per /64), ` +
    `${preview_customer.max} per ${minutes(preview_customer.windowSeconds)} per customer number; beyond, 429 ` +
    "`rate_limited` with `Retry-After`.",
  request: {
    body: jsonBody(CreateRechargePreviewSchema, "The customer number, and optionally the card number."),
  },
  responses: {
    200: jsonResponse(RechargePreviewSchema, "The masked account and the card's status."),
    ...problemResponses(
      "malformed_json",
      "payload_too_large",
      "unsupported_media_type",
      "customer_not_found",
    ),
    ...rateLimitedResponse("too many previews from this address or for this customer number."),
  },
});
