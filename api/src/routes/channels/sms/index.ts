import type { AppDeps } from "../../../http/app-env.ts";
import { createRouter } from "../../../http/create-router.ts";
import * as handlers from "./sms.handlers.ts";
import * as routes from "./sms.routes.ts";

/** The SMS gateway: every inbound message gets a reply. */
export function smsRouter(deps: AppDeps) {
  return createRouter().openapi(routes.inboundSms, handlers.inboundSmsHandler(deps));
}
