import type { AppDeps } from "../../http/app-env.ts";
import { createRouter } from "../../http/create-router.ts";
import * as handlers from "./users.handlers.ts";
import * as routes from "./users.routes.ts";

export function usersRouter(deps: AppDeps) {
  return createRouter()
    .openapi(routes.listUsers, handlers.listUsersHandler(deps))
    .openapi(routes.getUser, handlers.getUserHandler(deps))
    .openapi(routes.createUser, handlers.createUserHandler(deps))
    .openapi(routes.setUserRoles, handlers.setUserRolesHandler(deps))
    .openapi(routes.unlockUser, handlers.unlockUserHandler(deps))
    .openapi(routes.setUserStatus, handlers.setUserStatusHandler(deps))
    .openapi(routes.resetUserPassword, handlers.resetUserPasswordHandler(deps));
}
