import { ACCESS_RULES } from "@powercard/api";
import { type Channel, CLIENT_OPERATIONS, type StaffRole } from "@powercard/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "../helpers/app.ts";
import { createTestDatabase, type TestDatabase } from "../helpers/database.ts";
import { Fixtures } from "../helpers/fixtures.ts";
import {
  type BodyCase,
  type FuzzCase,
  fuzzCases,
  SAMPLE_CSV,
  type UrlValue,
} from "../helpers/hostile-input.ts";
import { OPERATIONS, type Operation, sampleValue } from "../helpers/openapi-walk.ts";
import { partnerClient } from "../helpers/partners.ts";

/**
 * Walks the committed api/openapi.json and sends every operation, with credentials that pass its
 * access rule (so the request reaches validation and the handler), its sample request with one
 * thing made hostile: control characters, lone surrogates and 1 MB strings in path, query, header
 * and body; huge, negative and fractional numbers; wrong types; invalid JSON, wrong content
 * types, no body. Two things must hold for every answer: it is not a 5xx, and its status is one
 * the spec declares for that operation. Deterministic: fixed cases plus fast-check samples with a
 * seed per operation.
 */
const SEED = 20_261_212;
const RANDOM_RUNS = 10;
const METRICS_TOKEN = "fuzz-metrics-token";

let t: TestDatabase;
let f: Fixtures;
let app: ReturnType<typeof buildApp>;
const bearers = new Map<string, string>();

beforeAll(async () => {
  t = await createTestDatabase();
  f = await Fixtures.create(t.db);
  app = buildApp(t.db, { metricsToken: METRICS_TOKEN });
});
afterAll(() => t.close());

/** A bearer that passes the operation's access rule: a channel client granted every operation, or staff. */
async function callerFor(op: Operation): Promise<Record<string, string>> {
  if (op.path === "/metrics") return { Authorization: `Bearer ${METRICS_TOKEN}` };
  const rule = ACCESS_RULES.get(`${op.method} ${op.path}`);
  if (!rule || rule.public) return {};
  const channel: Channel | undefined = rule.clients === "any" ? "partner" : rule.clients?.[0];
  const role: StaffRole | undefined = rule.roles?.[0];
  const who = channel ? `client:${channel}` : `role:${role}`;
  let bearer = bearers.get(who);
  if (!bearer) {
    if (channel === "partner") bearer = (await partnerClient(f, t.db)).token;
    else if (channel) {
      const client = await f.client(channel);
      await t.db.query("UPDATE channel_clients SET allowed_operations = $2::text[] WHERE id = $1", [
        client.id,
        [...CLIENT_OPERATIONS],
      ]);
      bearer = client.apiKey;
    } else if (role)
      bearer = (await f.staff([role], { unitId: role === "clerk" ? f.outletId : f.cityId })).token;
    else throw new Error(`${op.method} ${op.path}: no caller for its rule`);
    bearers.set(who, bearer);
  }
  return { Authorization: `Bearer ${bearer}` };
}

/** Percent-encodes per code point, so a lone surrogate becomes the (invalid) bytes a client could send. */
function encode(value: UrlValue): string {
  if (typeof value !== "string") return value.raw;
  return [...value]
    .map((ch) => {
      try {
        return encodeURIComponent(ch);
      } catch {
        return "%ED%A0%80";
      }
    })
    .join("");
}

let sequence = 0;

function request(op: Operation, c: FuzzCase, caller: Record<string, string>): [string, RequestInit] {
  const param = (name: string) => op.parameters.find((p) => p.name === name && p.in === "path");
  const path = op.path.replace(/\{(\w+)\}/g, (_, name: string) =>
    encode(c.path?.[name] ?? String(sampleValue(param(name)?.schema ?? {}, SEED))),
  );
  const query: [string, UrlValue][] = [];
  for (const p of op.parameters.filter((p) => p.in === "query")) {
    const given = c.query?.[p.name];
    if (given !== undefined) for (const v of Array.isArray(given) ? given : [given]) query.push([p.name, v]);
    else if (p.required) query.push([p.name, String(sampleValue(p.schema, SEED))]);
  }
  const headers: Record<string, string> = { ...caller };
  // A fresh key each time: a key names one request, and these are all different requests.
  if (op.parameters.some((p) => p.in === "header" && p.name === "Idempotency-Key"))
    headers["Idempotency-Key"] = `fuzz-${SEED}-${sequence++}`;
  Object.assign(headers, c.headers);
  const body: BodyCase | undefined =
    c.body ??
    (op.body?.mediaType.startsWith("application/json")
      ? { kind: "json", value: sampleValue(op.body.schema, SEED) }
      : op.body
        ? { kind: "raw", text: SAMPLE_CSV, contentType: op.body.mediaType }
        : undefined);
  let payload: string | Uint8Array | undefined;
  if (body?.kind === "json") {
    payload = JSON.stringify(body.value);
    headers["Content-Type"] = "application/json";
  } else if (body?.kind === "raw") {
    payload = body.text;
    if (body.contentType !== undefined) headers["Content-Type"] = body.contentType;
  }
  const search = query.map(([k, v]) => `${encodeURIComponent(k)}=${encode(v)}`).join("&");
  return [`${path}${search ? `?${search}` : ""}`, { method: op.method, headers, body: payload }];
}

interface Violation {
  status: number;
  problem: string;
  label: string;
  code?: string;
}

describe("every operation of api/openapi.json, under hostile input", () => {
  it("walks a spec with operations and hostile cases", () => {
    expect(OPERATIONS.length).toBeGreaterThan(50);
    const recharge = OPERATIONS.find((op) => op.operationId === "createRecharge") as Operation;
    const cases = fuzzCases(recharge, { seed: SEED, randomRuns: RANDOM_RUNS });
    expect(cases.length).toBeGreaterThan(100);
    expect(cases.map((c) => c.label)).toContain('body.cardNo="a\\u0000b"');
  });

  for (const op of OPERATIONS) {
    it(`${op.method} ${op.path}`, { timeout: 120_000 }, async () => {
      const caller = await callerFor(op);
      const seed = SEED + [...op.operationId].reduce((h, ch) => (h * 31 + ch.charCodeAt(0)) | 0, 0);
      const cases = fuzzCases(op, { seed, randomRuns: RANDOM_RUNS });
      const violations: Violation[] = [];
      for (const c of cases) {
        const [url, init] = request(op, c, caller);
        const res = await app.request(url, init);
        const text = await res.text();
        const code = res.status >= 400 ? (/"code":"(\w+)"/.exec(text)?.[1] ?? "-") : undefined;
        if (res.status >= 500) violations.push({ status: res.status, problem: "5xx", label: c.label, code });
        else if (!op.declared.has(String(res.status)) && !op.declared.has("default"))
          violations.push({ status: res.status, problem: "undeclared", label: c.label, code });
        if (res.status >= 400 && res.headers.get("content-type") !== "application/problem+json")
          violations.push({ status: res.status, problem: "not problem+json", label: c.label, code });
      }
      const table = violations
        .map(
          (v) =>
            `${String(v.status).padEnd(4)} ${v.problem.padEnd(17)} ${(v.code ?? "").padEnd(24)} ${v.label}`,
        )
        .join("\n");
      expect(
        violations,
        `${op.method} ${op.path}: ${violations.length}/${cases.length} cases\n${table}`,
      ).toEqual([]);
    });
  }
});
