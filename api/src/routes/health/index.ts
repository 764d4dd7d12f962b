import { z } from "@hono/zod-openapi";
import type { AppDeps } from "../../app-env.ts";
import { createRouter } from "../../lib/create-router.ts";
import { defineRoute } from "../../lib/define-route.ts";
import { jsonResponse } from "../../lib/openapi.ts";

const health = defineRoute({
  access: { public: true },
  method: "get",
  path: "/health",
  operationId: "getHealth",
  tags: ["Operations"],
  summary: "Liveness and database reachability",
  responses: {
    200: jsonResponse(
      z.object({ status: z.literal("ok"), database: z.enum(["postgres", "pglite"]) }),
      "Healthy.",
    ),
  },
});

export function healthRouter(deps: AppDeps) {
  return createRouter().openapi(health, async (c) => {
    await deps.db.query("SELECT 1");
    return c.json({ status: "ok" as const, database: deps.db.kind }, 200);
  });
}
