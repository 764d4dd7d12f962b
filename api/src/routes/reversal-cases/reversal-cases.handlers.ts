import type { RouteHandler } from "@hono/zod-openapi";
import { type AppDeps, type AppEnv, decisionPolicyOf } from "../../http/app-env.ts";
import { requireIdempotencyKey } from "../../http/idempotency-key.ts";
import { sendStoredResponse } from "../../http/send-stored-response.ts";
import { staffContext } from "../../http/service-context.ts";
import { getReversalCase, listReversalCases } from "../../services/corrections/list-reversal-cases.ts";
import { openReversalCase } from "../../services/corrections/open-reversal-case.ts";
import { previewReversal } from "../../services/corrections/preview-reversal.ts";
import type * as routes from "./reversal-cases.routes.ts";

const windowOf = (deps: AppDeps) => decisionPolicyOf(deps).reversalWindowDays;

export const previewReversalHandler =
  (deps: AppDeps): RouteHandler<typeof routes.previewReversal, AppEnv> =>
  async (c) =>
    c.json(
      await previewReversal({
        ctx: staffContext(c, deps),
        input: c.req.valid("query"),
        windowDays: windowOf(deps),
      }),
      200,
    );

export const openReversalCaseHandler =
  (deps: AppDeps): RouteHandler<typeof routes.openReversalCase, AppEnv> =>
  async (c) => {
    const idempotencyKey = requireIdempotencyKey(c);
    const input = { ...c.req.valid("json"), idempotencyKey };
    return sendStoredResponse(
      c,
      await openReversalCase({ ctx: staffContext(c, deps), input, windowDays: windowOf(deps) }),
    );
  };

export const listReversalCasesHandler =
  (deps: AppDeps): RouteHandler<typeof routes.listReversalCases, AppEnv> =>
  async (c) =>
    c.json(await listReversalCases({ ctx: staffContext(c, deps), input: c.req.valid("query") }), 200);

export const getReversalCaseHandler =
  (deps: AppDeps): RouteHandler<typeof routes.getReversalCase, AppEnv> =>
  async (c) =>
    c.json(await getReversalCase({ ctx: staffContext(c, deps), input: c.req.valid("param") }), 200);
