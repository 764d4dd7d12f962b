import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { sequenceMovements } from "@powercard/api";
import { businessDate } from "@powercard/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "../helpers/app.ts";
import { createTestDatabase, type TestDatabase } from "../helpers/database.ts";
import { Fixtures } from "../helpers/fixtures.ts";
import { rechargeNewCard } from "../helpers/funds.ts";
import { serveOnLoopback } from "../helpers/site.ts";

/**
 * The marketing system's example (portal/examples/node/movements.mjs, included verbatim in the
 * docs) runs as the marketing system would run it, against a real server: it reads the feed with
 * its cursor, keeps it between runs, and verifies the day's signed file.
 */
const EXAMPLE = fileURLToPath(new URL("../../portal/examples/node/", import.meta.url));
const run = promisify(execFile);

let t: TestDatabase;
let f: Fixtures;
let app: ReturnType<typeof buildApp>;
let server: { url: string; close(): Promise<void> };
let work: string;

beforeAll(async () => {
  t = await createTestDatabase();
  f = await Fixtures.create(t.db);
  app = buildApp(t.db);
  server = await serveOnLoopback((request, env) => app.fetch(request, env as never));
  work = await mkdtemp(join(tmpdir(), "powercard-movements-"));
});
afterAll(async () => {
  await server?.close();
  await t?.close();
  if (work) await rm(work, { recursive: true, force: true });
});

describe("the marketing system's movement example", () => {
  it("reads the feed with its cursor across runs and verifies the day's file", {
    timeout: 120_000,
  }, async () => {
    const counterKey = (await f.client("counter")).apiKey;
    const marketing = (await f.client("web", { operations: ["movements:read"] })).apiKey;
    const { customerNo } = await f.customer();
    for (const face of [10_000, 5_000, 2_000]) await rechargeNewCard(app, f, counterKey, customerNo, face);
    await sequenceMovements(t.db, new Date());
    const env = {
      ...process.env,
      POWERCARD_URL: server.url,
      API_KEY: marketing,
      STATE_DIR: work,
      DATE: businessDate(new Date()),
    };
    const example = async () => (await run("node", ["movements.mjs"], { cwd: EXAMPLE, env })).stdout;

    const first = await example();
    expect(first).toContain("read 3 new movements, next after 3");
    expect(first).toMatch(
      /file \d{4}-\d{2}-\d{2}: 3 movements, net 17000 fen, final false, signature and totals verified/,
    );
    expect(await example()).toContain("read 0 new movements, next after 3");
    await rechargeNewCard(app, f, counterKey, customerNo, 10_000);
    await sequenceMovements(t.db, new Date());
    expect(await example()).toContain("read 1 new movements, next after 4");
    const stored = (await readFile(join(work, "movements.jsonl"), "utf8"))
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(stored.map((m: { position: number }) => m.position)).toEqual([1, 2, 3, 4]);
  });
});
