import { z } from "@hono/zod-openapi";
import { defineRoute } from "../../http/define-route.ts";
import { jsonResponse, problemResponses } from "../../http/openapi.ts";
import { rateLimitedResponse } from "../../http/rate-limit.ts";
import { CardStatusSchema } from "../../services/cards/card-status-view.ts";
import { LOOKUP_LIMITS } from "../../services/limits/lookup-limits.ts";

const { card_status_ip } = LOOKUP_LIMITS;

export const getPublicCardStatus = defineRoute({
  access: { public: true },
  method: "get",
  path: "/v1/public/cards/{cardNo}/status",
  operationId: "getPublicCardStatus",
  tags: ["Public"],
  summary: "Is this card genuine? Its status by card number alone (no PIN)",
  description:
    "How a customer tells a counterfeit or resold card before buying or using it: whether the utility issued " +
    "this number, and whether it is unsold, sold and unused, used (when, and the masked customer number), " +
    "locked, frozen or void, with its face value. Nothing of the PIN. A wrong check digit is answered at once " +
    "as `not_genuine` with `checkDigitValid: false` (a typo or a made-up number) and is not counted; a " +
    "well-formed number the utility never issued is `not_genuine` with `checkDigitValid: true`.\n\n" +
    `Every other look-up counts: ${card_status_ip.max} per ${card_status_ip.windowSeconds / 60} minutes per IP ` +
    "address (IPv6: per /64); beyond, 429 `rate_limited` with `Retry-After`.",
  request: {
    params: z.object({
      cardNo: z
        .string()
        .regex(/^[0-9]{16}$/, "must be 16 digits")
        .openapi({ description: "The 16-digit card number as printed.", example: "3300000000000019" }),
    }),
  },
  responses: {
    200: jsonResponse(CardStatusSchema, "What the card number tells."),
    ...problemResponses(),
    ...rateLimitedResponse("too many look-ups from this address; retry after Retry-After seconds."),
  },
});
