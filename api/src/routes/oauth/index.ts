import type { AppDeps } from "../../http/app-env.ts";
import { createRouter } from "../../http/create-router.ts";
import * as handlers from "./oauth.handlers.ts";
import * as routes from "./oauth.routes.ts";

export { TOKEN_PATH } from "./oauth.routes.ts";

export function oauthRouter(deps: AppDeps) {
  return createRouter().openapi(routes.issueToken, handlers.issueTokenHandler(deps));
}
