import type { RouteHandler } from "@hono/zod-openapi";
import type { AppDeps, AppEnv } from "../../http/app-env.ts";
import { staffContext } from "../../http/service-context.ts";
import { createUser } from "../../services/staff/create-user.ts";
import { getUser, listUsers } from "../../services/staff/list-users.ts";
import { resetPassword } from "../../services/staff/reset-password.ts";
import { setUserRoles } from "../../services/staff/set-user-roles.ts";
import { setUserStatus } from "../../services/staff/set-user-status.ts";
import { unlockUser } from "../../services/staff/unlock-user.ts";
import type * as routes from "./users.routes.ts";

export const listUsersHandler =
  (deps: AppDeps): RouteHandler<typeof routes.listUsers, AppEnv> =>
  async (c) =>
    c.json({ data: await listUsers({ ctx: staffContext(c, deps) }) }, 200);

export const getUserHandler =
  (deps: AppDeps): RouteHandler<typeof routes.getUser, AppEnv> =>
  async (c) =>
    c.json(await getUser({ ctx: staffContext(c, deps), input: c.req.valid("param") }), 200);

export const createUserHandler =
  (deps: AppDeps): RouteHandler<typeof routes.createUser, AppEnv> =>
  async (c) =>
    c.json(await createUser({ ctx: staffContext(c, deps), input: c.req.valid("json") }), 201);

export const setUserRolesHandler =
  (deps: AppDeps): RouteHandler<typeof routes.setUserRoles, AppEnv> =>
  async (c) =>
    c.json(
      await setUserRoles({
        ctx: staffContext(c, deps),
        input: { ...c.req.valid("param"), ...c.req.valid("json") },
      }),
      200,
    );

export const unlockUserHandler =
  (deps: AppDeps): RouteHandler<typeof routes.unlockUser, AppEnv> =>
  async (c) =>
    c.json(await unlockUser({ ctx: staffContext(c, deps), input: c.req.valid("param") }), 200);

export const setUserStatusHandler =
  (deps: AppDeps): RouteHandler<typeof routes.setUserStatus, AppEnv> =>
  async (c) =>
    c.json(
      await setUserStatus({
        ctx: staffContext(c, deps),
        input: { ...c.req.valid("param"), ...c.req.valid("json") },
      }),
      200,
    );

export const resetUserPasswordHandler =
  (deps: AppDeps): RouteHandler<typeof routes.resetUserPassword, AppEnv> =>
  async (c) =>
    c.json(
      await resetPassword({
        ctx: staffContext(c, deps),
        input: { ...c.req.valid("param"), ...c.req.valid("json") },
      }),
      200,
    );
