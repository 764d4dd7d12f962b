import { defineRoute } from "../../http/define-route.ts";
import { jsonResponse, problemResponses } from "../../http/openapi.ts";
import { PublicOutletListSchema } from "../../services/units/public-outlet-view.ts";

/** Seconds a browser, proxy or CDN may keep the outlet list: it changes when the unit tree does. */
export const OUTLETS_MAX_AGE_SECONDS = 300;

export const listPublicOutlets = defineRoute({
  access: { public: true },
  method: "get",
  path: "/v1/public/outlets",
  operationId: "listPublicOutlets",
  tags: ["Public"],
  summary: "The authorised outlets, where cards are sold legitimately",
  description:
    "Every outlet of the utility's unit tree with its bureau and city (and address and telephone when recorded), " +
    "so customers know where genuine cards are sold. The only cacheable /v1 answer: " +
    `\`Cache-Control: public, max-age=${OUTLETS_MAX_AGE_SECONDS}\`; it holds no personal data.`,
  responses: {
    200: jsonResponse(PublicOutletListSchema, "The outlets, by city, bureau and name."),
    ...problemResponses(),
  },
});
