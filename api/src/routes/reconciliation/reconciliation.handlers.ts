import type { RouteHandler } from "@hono/zod-openapi";
import type { AppDeps, AppEnv } from "../../http/app-env.ts";
import { serviceContext } from "../../http/service-context.ts";
import { getReconciliationFile } from "../../services/reconciliation/get-reconciliation-file.ts";
import { JOSE_CONTENT_TYPE } from "../../shared/auth/signed-documents.ts";
import type * as routes from "./reconciliation.routes.ts";

export const getReconciliationFileHandler =
  (deps: AppDeps): RouteHandler<typeof routes.getReconciliation, AppEnv> =>
  async (c) => {
    const { jws } = await getReconciliationFile({
      ctx: serviceContext(c, deps),
      input: c.req.valid("param"),
    });
    return c.body(jws, 200, { "Content-Type": JOSE_CONTENT_TYPE, "Cache-Control": "no-store" }) as never;
  };
