import type { RouteHandler } from "@hono/zod-openapi";
import type { AppDeps, AppEnv } from "../../http/app-env.ts";
import { clientAddress, limitKeyForAddress } from "../../http/client-ip.ts";
import { rateLimited } from "../../http/rate-limit.ts";
import { publicContext } from "../../http/service-context.ts";
import { checkCardStatus } from "../../services/cards/check-card-status.ts";
import type * as routes from "./public-cards.routes.ts";

export const getPublicCardStatusHandler =
  (deps: AppDeps): RouteHandler<typeof routes.getPublicCardStatus, AppEnv> =>
  async (c) => {
    const result = await checkCardStatus({
      ctx: publicContext(c, deps),
      input: {
        cardNo: c.req.valid("param").cardNo,
        addressKey: limitKeyForAddress(clientAddress(c, deps.trustProxy ?? 0)),
      },
    });
    if (result.limited) throw rateLimited(c, result.limited);
    return c.json(result.status, 200);
  };
