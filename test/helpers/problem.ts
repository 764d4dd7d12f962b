import { expect } from "vitest";
import { type Answer, bodyText } from "./api-client.ts";

/**
 * Asserts an RFC 9457 problem answer: the status, the problem+json type, the stable code, and the
 * requestId matching the X-Request-Id header. Returns the body for further checks.
 */
export async function expectProblem(res: Answer, status: number, code: string) {
  expect(res.status).toBe(status);
  expect(res.headers.get("content-type")).toBe("application/problem+json");
  const body = JSON.parse(await bodyText(res)) as Record<string, unknown>;
  expect(body).toMatchObject({ status, code, type: `urn:powercard:problem:${code}` });
  expect(body.requestId).toBe(res.headers.get("x-request-id"));
  return body;
}
