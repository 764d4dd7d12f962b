import { z } from "@hono/zod-openapi";
import { defineRoute } from "../../http/define-route.ts";
import { jsonResponse, ProblemSchema, RETRY_AFTER_HEADER } from "../../http/openapi.ts";
import { ERROR_CATALOG, PROBLEM_CONTENT_TYPE } from "../../shared/errors.ts";

/**
 * Liveness says the process serves HTTP and never touches the database (a load balancer or
 * orchestrator restarts a process that fails it: restarting cures nothing while PostgreSQL is
 * away). Readiness says the process can serve requests now: 503 while the database is away.
 */
const Ready = z.object({ status: z.literal("ok"), database: z.enum(["postgres", "pglite"]) });
const notReady = () => ({
  503: {
    description: `\`service_unavailable\`: ${ERROR_CATALOG.service_unavailable.title}`,
    headers: RETRY_AFTER_HEADER,
    content: { [PROBLEM_CONTENT_TYPE]: { schema: ProblemSchema } },
  },
});

export const getLiveness = defineRoute({
  access: { public: true },
  method: "get",
  path: "/health/live",
  operationId: "getLiveness",
  tags: ["Operations"],
  summary: "Liveness: the process is up (never touches the database)",
  responses: { 200: jsonResponse(z.object({ status: z.literal("ok") }), "The process serves HTTP.") },
});

export const getReadiness = defineRoute({
  access: { public: true },
  method: "get",
  path: "/health/ready",
  operationId: "getReadiness",
  tags: ["Operations"],
  summary: "Readiness: the database answers",
  description:
    "200 when `SELECT 1` answers within 1.5 s; 503 `service_unavailable` with Retry-After while the database is out of reach.",
  responses: { 200: jsonResponse(Ready, "Ready to serve."), ...notReady() },
});

export const getHealth = defineRoute({
  access: { public: true },
  method: "get",
  path: "/health",
  operationId: "getHealth",
  tags: ["Operations"],
  summary: "Readiness, as /health/ready (kept for existing monitors)",
  responses: { 200: jsonResponse(Ready, "Ready to serve."), ...notReady() },
});
