import { expect } from "vitest";
import type { buildApp } from "./app.ts";
import { requestInit } from "./app.ts";

type App = ReturnType<typeof buildApp>;

export interface PlanLine {
  token: string;
  faceValueFen: number;
  quantity: number;
  unitId?: string;
}

/** POSTs as a staff member and returns the parsed JSON, failing the test on another status. */
export async function post<T>(
  app: App,
  path: string,
  token: string,
  body: unknown,
  status = 201,
): Promise<T> {
  const res = await app.request(path, requestInit("POST", { token, body }));
  const json = (await res.json()) as T;
  expect(res.status, JSON.stringify(json)).toBe(status);
  return json;
}

/**
 * The whole road to an approved plan: city card admins request, one issuer plans, another
 * approves. Returns the plan id.
 */
export async function approvedPlan(
  app: App,
  issuers: { maker: string; checker: string },
  lines: PlanLine[],
): Promise<string> {
  const requestIds: string[] = [];
  for (const line of lines) {
    const r = await post<{ id: string }>(app, "/v1/production-requests", line.token, {
      faceValueFen: line.faceValueFen,
      quantity: line.quantity,
      ...(line.unitId ? { unitId: line.unitId } : {}),
    });
    requestIds.push(r.id);
  }
  const plan = await post<{ id: string; approvalId: string }>(app, "/v1/production-plans", issuers.maker, {
    requestIds,
  });
  await post(app, `/v1/approvals/${plan.approvalId}/approve`, issuers.checker, {}, 200);
  return plan.id;
}
