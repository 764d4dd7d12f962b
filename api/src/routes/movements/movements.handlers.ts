import type { RouteHandler } from "@hono/zod-openapi";
import type { AppDeps, AppEnv } from "../../http/app-env.ts";
import { serviceContext } from "../../http/service-context.ts";
import { getMovementFile } from "../../services/movements/get-movement-file.ts";
import { listMovements } from "../../services/movements/list-movements.ts";
import { JOSE_CONTENT_TYPE } from "../../shared/auth/signed-documents.ts";
import type * as routes from "./movements.routes.ts";

export const listMovementsHandler =
  (deps: AppDeps): RouteHandler<typeof routes.listMovements, AppEnv> =>
  async (c) =>
    c.json(await listMovements({ ctx: serviceContext(c, deps), input: c.req.valid("query") }), 200);

export const getMovementFileHandler =
  (deps: AppDeps): RouteHandler<typeof routes.getMovementFile, AppEnv> =>
  async (c) => {
    const { jws } = await getMovementFile({ ctx: serviceContext(c, deps), input: c.req.valid("param") });
    return c.body(jws, 200, { "Content-Type": JOSE_CONTENT_TYPE, "Cache-Control": "no-store" }) as never;
  };
