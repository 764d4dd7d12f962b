import type { AppDeps } from "../../http/app-env.ts";
import { createRouter } from "../../http/create-router.ts";
import { publicContext, staffContext } from "../../http/service-context.ts";
import { changePassword } from "../../services/auth/change-password.ts";
import { login } from "../../services/auth/login.ts";
import { logout } from "../../services/auth/logout.ts";
import { refreshSession } from "../../services/auth/refresh-session.ts";
import * as routes from "./auth.routes.ts";

export function authRouter(deps: AppDeps) {
  return createRouter()
    .openapi(routes.login, async (c) => {
      c.header("Cache-Control", "no-store");
      return c.json(await login({ ctx: publicContext(c, deps), input: c.req.valid("json") }), 200);
    })
    .openapi(routes.refresh, async (c) => {
      c.header("Cache-Control", "no-store");
      return c.json(await refreshSession({ ctx: publicContext(c, deps), input: c.req.valid("json") }), 200);
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
        { id: actor.id, username: actor.username, unitId: actor.unitId, roles: actor.roles },
        200,
      );
    });
}
