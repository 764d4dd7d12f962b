import {
  buildOpenApiDocument,
  DATA_AS_OF_HEADER,
  DATA_SOURCE_HEADER,
  STALE_READ_ROUTES,
} from "@powercard/api";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ApiClient, apiClient } from "../helpers/api-client.ts";
import { buildApp } from "../helpers/app.ts";
import { createTestDatabase, type TestDatabase } from "../helpers/database.ts";
import { Fixtures } from "../helpers/fixtures.ts";

/**
 * Which routes may read a replica, as declared (`staleReads` in defineRoute), and what their
 * answers say without one (PGlite or PostgreSQL alike). The replica itself: e2e/replica-reads.
 */

/** Reports and their files, and two history lists. Nothing that decides about money. */
const EXPECTED = [
  "GET /v1/accounts/{customerNo}/transactions",
  "GET /v1/audit",
  "GET /v1/reports/card-float",
  "GET /v1/reports/daily-sales",
  "GET /v1/reports/dashboard",
  "GET /v1/reports/monthly-clearing",
  "GET /v1/reports/recharges-by-channel",
  "GET /v1/reports/remittance-variance",
  "GET /v1/reports/settlement-history",
];

let t: TestDatabase;
let f: Fixtures;
let fundAdmin: ApiClient;
let channel: ApiClient;

beforeAll(async () => {
  t = await createTestDatabase();
  f = await Fixtures.create(t.db);
  const app = buildApp(t.db);
  fundAdmin = apiClient(app, { token: (await f.staff(["fund_admin"])).token });
  channel = apiClient(app, { apiKey: (await f.client("web")).apiKey });
});
afterAll(() => t.close());

describe("routes that may read stale data", () => {
  it("are the reports, the account history and the audit list, and only they", () => {
    expect([...STALE_READ_ROUTES].sort()).toEqual(EXPECTED);
  });

  it("document the as-of and source headers of their answers; no other route does", () => {
    const doc = buildOpenApiDocument() as unknown as {
      paths: Record<
        string,
        Record<string, { responses: Record<string, { headers?: Record<string, unknown> }> }>
      >;
    };
    for (const [path, methods] of Object.entries(doc.paths))
      for (const [method, op] of Object.entries(methods)) {
        const key = `${method.toUpperCase()} ${path}`;
        const ok = op.responses["200"]?.headers ?? {};
        const documented = DATA_AS_OF_HEADER in ok && DATA_SOURCE_HEADER in ok;
        expect(documented, key).toBe(EXPECTED.includes(key));
      }
  });

  it("without a replica, say they were read on the primary, as of the read", async () => {
    const before = Date.now();
    const today = new Date().toISOString().slice(0, 10);
    const report = await fundAdmin.GET("/v1/reports/daily-sales", {
      params: { query: { from: today, to: today } },
    });
    expect(report.status).toBe(200);
    expect(report.headers.get(DATA_SOURCE_HEADER)).toBe("primary");
    const asOf = Date.parse(report.headers.get(DATA_AS_OF_HEADER) ?? "");
    expect(asOf).toBeGreaterThanOrEqual(before - 1);
    expect(asOf).toBeLessThanOrEqual(Date.now());

    const csv = await fundAdmin.GET("/v1/reports/daily-sales", {
      params: { query: { from: today, to: today, format: "csv" } },
      parseAs: "text",
    });
    expect(csv.status).toBe(200);
    expect(csv.headers.get(DATA_SOURCE_HEADER)).toBe("primary");

    const { customerNo } = await f.customer();
    const history = await channel.GET("/v1/accounts/{customerNo}/transactions", {
      params: { path: { customerNo } },
    });
    expect(history.headers.get(DATA_SOURCE_HEADER)).toBe("primary");
    // The balance decides (a channel reads it after a recharge): never stale, no such header.
    const account = await channel.GET("/v1/accounts/{customerNo}", { params: { path: { customerNo } } });
    expect(account.status).toBe(200);
    expect(account.headers.get(DATA_SOURCE_HEADER)).toBeNull();
  });
});
