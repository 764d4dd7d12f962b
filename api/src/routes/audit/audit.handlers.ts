import type { RouteHandler } from "@hono/zod-openapi";
import type { AppDeps, AppEnv } from "../../http/app-env.ts";
import { staffContext } from "../../http/service-context.ts";
import { readStale } from "../../http/stale-reads.ts";
import { auditChainReport } from "../../services/audit/audit-chain-report.ts";
import { listAuditEvents } from "../../services/audit/list-audit-events.ts";
import type * as routes from "./audit.routes.ts";

export const listAuditEventsHandler =
  (deps: AppDeps): RouteHandler<typeof routes.listAuditEvents, AppEnv> =>
  async (c) => {
    const q = c.req.valid("query");
    return c.json(
      await readStale(c, staffContext(c, deps), (ctx) => listAuditEvents({ ctx, input: q })),
      200,
    );
  };

export const verifyAuditChainHandler =
  (deps: AppDeps): RouteHandler<typeof routes.verifyAuditChain, AppEnv> =>
  async (c) =>
    c.json(await auditChainReport(deps.db), 200);
