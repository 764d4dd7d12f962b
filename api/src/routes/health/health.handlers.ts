import type { RouteHandler } from "@hono/zod-openapi";
import type { AppDeps, AppEnv } from "../../http/app-env.ts";
import type { DatabaseWatch } from "../../http/database-watch.ts";
import { RETRY_ADVICE } from "../../http/on-error.ts";
import { DomainError } from "../../shared/errors.ts";
import type * as routes from "./health.routes.ts";

export const getLivenessHandler = (): RouteHandler<typeof routes.getLiveness, AppEnv> => (c) =>
  c.json({ status: "ok" as const }, 200);

/** Ready while the database watch says the database answers; 503 service_unavailable otherwise. */
function readiness(deps: AppDeps, database: DatabaseWatch) {
  return async () => {
    if (!(await database.ready()))
      throw new DomainError("service_unavailable", {
        detail: `The database is out of reach. ${RETRY_ADVICE}`,
      });
    return { status: "ok" as const, database: deps.db.kind };
  };
}

export const getReadinessHandler = (
  deps: AppDeps,
  database: DatabaseWatch,
): RouteHandler<typeof routes.getReadiness, AppEnv> => {
  const ready = readiness(deps, database);
  return async (c) => c.json(await ready(), 200);
};

export const getHealthHandler = (
  deps: AppDeps,
  database: DatabaseWatch,
): RouteHandler<typeof routes.getHealth, AppEnv> => {
  const ready = readiness(deps, database);
  return async (c) => c.json(await ready(), 200);
};
