import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { createDb, type Db } from "@powercard/db";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiClient, postRecharge } from "../helpers/api-client.ts";
import { buildApp } from "../helpers/app.ts";
import { createTestDatabase, realPostgresOnly, type TestDatabase } from "../helpers/database.ts";
import { Fixtures } from "../helpers/fixtures.ts";

/**
 * The deployment page's database role, as a reader runs it: the page's one SQL statement (both
 * languages), with a password and a role name of the test's own (roles belong to the whole
 * server, so it is dropped afterwards). The API, logged in as that role, recharges a card; the
 * role cannot rewrite the audit trail. (The test server trusts 127.0.0.1: the password is set,
 * not checked.)
 */
const page = (lang: "" | "en/") =>
  readFileSync(
    new URL(`../../portal/src/content/docs/${lang}operations/deployment.mdx`, import.meta.url),
    "utf8",
  );
const sqlBlock = (text: string) => /```sql\n([\s\S]*?)\n```/.exec(text)?.[1] ?? "";

const postgresOnly = realPostgresOnly();
if (postgresOnly.skip) console.log(`[portal/database-role-example] ${postgresOnly.reason}`);

describe.skipIf(postgresOnly.skip)("the deployment page's database role", () => {
  const role = `powercard_api_${randomBytes(4).toString("hex")}`;
  let t: TestDatabase;
  let admin: postgres.Sql;
  let asRole: Db;

  beforeAll(async () => {
    t = await createTestDatabase();
    admin = postgres(t.url as string, { max: 1, onnotice: () => {} });
  });
  afterAll(async () => {
    await asRole?.close();
    await admin.unsafe(`DROP OWNED BY ${role}`).catch(() => {});
    await admin.unsafe(`DROP ROLE IF EXISTS ${role}`);
    await admin.end();
    await t.close();
  });

  it("is the same statement in both languages, and as written it lets the API recharge", async () => {
    const statement = sqlBlock(page(""));
    expect(statement).toMatch(/^CREATE ROLE powercard_api LOGIN PASSWORD '…' IN ROLE powercard_app;$/);
    expect(sqlBlock(page("en/"))).toBe(statement);

    await admin.unsafe(
      statement.replace("powercard_api", role).replace("'…'", `'${randomBytes(12).toString("hex")}'`),
    );
    const url = new URL(t.url as string);
    url.username = role;
    asRole = await createDb({ url: url.toString(), maxConnections: 2 });
    const [who] = await asRole.query<{ user: string }>("SELECT current_user AS user");
    expect(who?.user).toBe(role);

    const f = await Fixtures.create(t.db);
    const counter = apiClient(buildApp(asRole), { apiKey: (await f.client("counter")).apiKey });
    const card = await f.card({ faceValueFen: 5_000 });
    const { customerNo } = await f.customer();
    const res = await postRecharge(counter, { cardNo: card.cardNo, pin: card.pin, customerNo });
    expect(res.status).toBe(201);

    await expect(asRole.query("DELETE FROM audit_events")).rejects.toThrow(/permission denied/);
  });
});
