import type { RouteHandler } from "@hono/zod-openapi";
import { type AppDeps, type AppEnv, decisionPolicyOf } from "../../http/app-env.ts";
import { staffContext } from "../../http/service-context.ts";
import { decideApproval } from "../../services/approval-decisions/decide-approval.ts";
import { getApproval, listApprovals } from "../../services/approvals/list-approvals.ts";
import type * as routes from "./approvals.routes.ts";

export const listApprovalsHandler =
  (deps: AppDeps): RouteHandler<typeof routes.listApprovals, AppEnv> =>
  async (c) =>
    c.json({ data: await listApprovals({ ctx: staffContext(c, deps), input: c.req.valid("query") }) }, 200);

export const getApprovalHandler =
  (deps: AppDeps): RouteHandler<typeof routes.getApproval, AppEnv> =>
  async (c) =>
    c.json(
      (await getApproval({ ctx: staffContext(c, deps), input: { id: c.req.valid("param").approvalId } }))
        .view,
      200,
    );

export const approveRequestHandler =
  (deps: AppDeps): RouteHandler<typeof routes.approveRequest, AppEnv> =>
  async (c) =>
    c.json(
      await decideApproval({
        ctx: staffContext(c, deps),
        input: { id: c.req.valid("param").approvalId, decision: "approved", note: c.req.valid("json").note },
        policy: decisionPolicyOf(deps),
      }),
      200,
    );

export const rejectRequestHandler =
  (deps: AppDeps): RouteHandler<typeof routes.rejectRequest, AppEnv> =>
  async (c) =>
    c.json(
      await decideApproval({
        ctx: staffContext(c, deps),
        input: { id: c.req.valid("param").approvalId, decision: "rejected", note: c.req.valid("json").note },
        policy: decisionPolicyOf(deps),
      }),
      200,
    );
