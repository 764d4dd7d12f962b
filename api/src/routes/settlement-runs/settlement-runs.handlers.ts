import type { RouteHandler } from "@hono/zod-openapi";
import type { AppDeps, AppEnv } from "../../http/app-env.ts";
import { staffContext } from "../../http/service-context.ts";
import { createSettlementRun } from "../../services/settlement/create-settlement-run.ts";
import { getSettlementRun } from "../../services/settlement/get-settlement-run.ts";
import { listSettlementRuns } from "../../services/settlement/list-settlement-runs.ts";
import type * as routes from "./settlement-runs.routes.ts";

export const createSettlementRunHandler =
  (deps: AppDeps): RouteHandler<typeof routes.createSettlementRun, AppEnv> =>
  async (c) =>
    c.json(await createSettlementRun({ ctx: staffContext(c, deps), input: c.req.valid("json") }), 201);

export const getSettlementRunHandler =
  (deps: AppDeps): RouteHandler<typeof routes.getSettlementRun, AppEnv> =>
  async (c) =>
    c.json(await getSettlementRun({ ctx: staffContext(c, deps), input: c.req.valid("param") }), 200);

export const listSettlementRunsHandler =
  (deps: AppDeps): RouteHandler<typeof routes.listSettlementRuns, AppEnv> =>
  async (c) =>
    c.json(await listSettlementRuns({ ctx: staffContext(c, deps), input: c.req.valid("query") }), 200);
