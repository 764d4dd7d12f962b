import type { Context } from "hono";
import type { AppDeps } from "../../http/app-env.ts";
import { createRouter } from "../../http/create-router.ts";
import { publicContext, staffContext } from "../../http/service-context.ts";
import { changePassword } from "../../services/auth/change-password.ts";
import { login } from "../../services/auth/login.ts";
import { logout } from "../../services/auth/logout.ts";
import { refreshSession } from "../../services/auth/refresh-session.ts";
import type { TokenPair } from "../../services/auth/token-pair-view.ts";
import * as routes from "./auth.routes.ts";
import {
  clearRefreshCookie,
  presentedRefreshToken,
  setRefreshCookie,
  wantsCookieMode,
} from "./refresh-cookie.ts";

/** In cookie mode the refresh token goes into the cookie and out of the body. */
function answerPair(c: Context, pair: TokenPair) {
  c.header("Cache-Control", "no-store");
  if (!wantsCookieMode(c)) return pair;
  setRefreshCookie(c, pair.refreshToken);
  const { refreshToken: _inCookie, ...rest } = pair;
  return rest;
}

export function authRouter(deps: AppDeps) {
  return createRouter()
    .openapi(routes.login, async (c) => {
      const pair = await login({ ctx: publicContext(c, deps), input: c.req.valid("json") });
      return c.json(answerPair(c, pair), 200);
    })
    .openapi(routes.refresh, async (c) => {
      const refreshToken = presentedRefreshToken(c, c.req.valid("json"));
      try {
        const pair = await refreshSession({ ctx: publicContext(c, deps), input: { refreshToken } });
        return c.json(answerPair(c, pair), 200);
      } catch (error) {
        // A dead cookie is dropped, so the browser stops presenting it.
        if (wantsCookieMode(c)) clearRefreshCookie(c);
        throw error;
      }
    })
    .openapi(routes.endCookieSession, async (c) => {
      const refreshToken = presentedRefreshToken(c, {});
      clearRefreshCookie(c);
      await logout({ ctx: publicContext(c, deps), input: { refreshToken } });
      return c.body(null, 204);
    })
    .openapi(routes.logout, async (c) => {
      await logout({ ctx: publicContext(c, deps), input: c.req.valid("json") });
      return c.body(null, 204);
    })
    .openapi(routes.changePassword, async (c) => {
      await changePassword({ ctx: staffContext(c, deps), input: c.req.valid("json") });
      return c.body(null, 204);
    })
    .openapi(routes.me, (c) => {
      const { actor } = staffContext(c, deps);
      return c.json(
        {
          id: actor.id,
          username: actor.username,
          displayName: actor.displayName,
          unitId: actor.unitId,
          roles: actor.roles,
        },
        200,
      );
    });
}
