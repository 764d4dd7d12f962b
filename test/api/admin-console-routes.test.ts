import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp, requestInit } from "../helpers/app.ts";
import { createTestDatabase, type TestDatabase } from "../helpers/database.ts";
import { Fixtures } from "../helpers/fixtures.ts";
import { expectProblem } from "../helpers/problem.ts";

/**
 * What the staff console's auditor and sysadmin screens needed beyond the existing routes: the
 * audit trail filtered by action kind and unit, a user disabled and re-enabled, a password reset
 * by the sysadmin, a unit renamed, a channel's API key replaced — each with its access rule,
 * its scope, and the audit event it leaves.
 */

type Staff = Awaited<ReturnType<Fixtures["staff"]>>;

let t: TestDatabase;
let f: Fixtures;
let app: ReturnType<typeof buildApp>;
let admin: Staff; // sysadmin of the city
let provinceAdmin: Staff;
let otherAdmin: Staff; // sysadmin of the other city
let auditor: Staff; // city auditor
let clerk: Staff;

beforeAll(async () => {
  t = await createTestDatabase();
  f = await Fixtures.create(t.db);
  app = buildApp(t.db);
  [admin, provinceAdmin, otherAdmin, auditor, clerk] = await Promise.all([
    f.staff(["sysadmin"]),
    f.staff(["sysadmin"], { unitId: f.provinceId }),
    f.staff(["sysadmin"], { unitId: f.otherCityId }),
    f.staff(["auditor"]),
    f.staff(["clerk"], { unitId: f.outletId }),
  ]);
});
afterAll(() => t?.close());

const call = (method: string, path: string, bearer?: string, body?: unknown) =>
  app.request(path, requestInit(method, { body, token: bearer }));

const login = (username: string, password: string) =>
  call("POST", "/v1/auth/login", undefined, { username, password });

const auditOf = (objectId: string) =>
  t.db.query<{ action: string; actor_id: string; before: unknown; after: unknown }>(
    "SELECT action, actor_id, before, after FROM audit_events WHERE object_id = $1 ORDER BY entry_no",
    [objectId],
  );

describe("PUT /v1/users/{userId}/status", () => {
  it("disables a user: sign-in refused, sessions revoked, tokens dead at once; enabling restores sign-in", async () => {
    const user = await f.staff(["clerk"], { unitId: f.outletId });
    const signedIn = await login(user.username, user.password);
    expect(signedIn.status).toBe(200);

    const res = await call("PUT", `/v1/users/${user.id}/status`, admin.token, { status: "disabled" });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ id: user.id, status: "disabled" });
    await expectProblem(await login(user.username, user.password), 401, "invalid_credentials");
    const [live] = await t.db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM refresh_tokens WHERE user_id = $1 AND revoked_at IS NULL",
      [user.id],
    );
    expect(live?.n).toBe(0);
    expect((await call("GET", "/v1/me", user.token)).status).toBe(401);

    const enabled = await call("PUT", `/v1/users/${user.id}/status`, admin.token, { status: "active" });
    expect(await enabled.json()).toMatchObject({ status: "active" });
    expect((await login(user.username, user.password)).status).toBe(200);
    const events = await auditOf(user.id);
    expect(events.map((e) => [e.action, e.actor_id])).toEqual([
      ["auth.login", user.id],
      ["user.disabled", admin.id],
      ["user.enabled", admin.id],
      ["auth.login", user.id],
    ]);
    expect(events[1]).toMatchObject({ before: { status: "active" }, after: { status: "disabled" } });
  });

  it("refuses oneself, another city's user (404), an auditor or clerk (403) and a bad status (400)", async () => {
    await expectProblem(
      await call("PUT", `/v1/users/${admin.id}/status`, admin.token, { status: "disabled" }),
      403,
      "forbidden",
    );
    const other = await f.staff(["clerk"], { unitId: f.otherCityId });
    await expectProblem(
      await call("PUT", `/v1/users/${other.id}/status`, admin.token, { status: "disabled" }),
      404,
      "user_not_found",
    );
    for (const who of [auditor, clerk]) {
      await expectProblem(
        await call("PUT", `/v1/users/${other.id}/status`, who.token, { status: "disabled" }),
        403,
        "forbidden",
      );
    }
    await expectProblem(
      await call("PUT", `/v1/users/${clerk.id}/status`, admin.token, { status: "gone" }),
      400,
      "validation_failed",
    );
    expect((await call("PUT", `/v1/users/${clerk.id}/status`)).status).toBe(401);
    const [row] = await t.db.query<{ status: string }>("SELECT status FROM staff_users WHERE id = $1", [
      other.id,
    ]);
    expect(row?.status).toBe("active");
  });
});

describe("POST /v1/users/{userId}/password", () => {
  it("sets a new password: the old one stops working, the lock is lifted, sessions end; nothing of it is returned or audited", async () => {
    const user = await f.staff(["clerk"], { unitId: f.outletId });
    expect((await login(user.username, user.password)).status).toBe(200);
    await t.db.query(
      "UPDATE staff_users SET failed_logins = 10, locked_until = now() + interval '30 minutes' WHERE id = $1",
      [user.id],
    );
    const fresh = `reset ${randomBytes(8).toString("hex")}`;
    const res = await call("POST", `/v1/users/${user.id}/password`, admin.token, { password: fresh });
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(text).not.toContain(fresh);
    expect(JSON.parse(text)).toMatchObject({ id: user.id, lockedUntil: null });

    await expectProblem(await login(user.username, user.password), 401, "invalid_credentials");
    expect((await login(user.username, fresh)).status).toBe(200);
    const events = await auditOf(user.id);
    expect(events.map((e) => e.action)).toContain("user.password_reset");
    expect(JSON.stringify(events)).not.toContain(fresh);
    const [revoked] = await t.db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM refresh_tokens WHERE user_id = $1 AND revoked_at IS NOT NULL",
      [user.id],
    );
    expect(revoked?.n).toBe(1); // the session from before the reset
  });

  it("refuses a short password, oneself, another city's user, and every role but sysadmin", async () => {
    await expectProblem(
      await call("POST", `/v1/users/${clerk.id}/password`, admin.token, { password: "short" }),
      400,
      "password_too_weak",
    );
    await expectProblem(
      await call("POST", `/v1/users/${admin.id}/password`, admin.token, {
        password: "a long enough password",
      }),
      403,
      "forbidden",
    );
    await expectProblem(
      await call("POST", `/v1/users/${clerk.id}/password`, otherAdmin.token, {
        password: "a long enough password",
      }),
      404,
      "user_not_found",
    );
    await expectProblem(
      await call("POST", `/v1/users/${clerk.id}/password`, auditor.token, {
        password: "a long enough password",
      }),
      403,
      "forbidden",
    );
    expect((await login(clerk.username, clerk.password)).status).toBe(200);
  });
});

describe("PATCH /v1/units/{unitId}", () => {
  it("renames a unit of the subtree (code and kind stay) and audits the old and new name", async () => {
    const created = await call("POST", "/v1/units", admin.token, {
      code: `RN-${randomBytes(3).toString("hex").toUpperCase()}`,
      name: "旧名称供电所",
      kind: "station",
      parentId: f.cityId,
    });
    const unit = (await created.json()) as { id: string; code: string };
    const res = await call("PATCH", `/v1/units/${unit.id}`, admin.token, { name: "新名称供电所" });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({
      id: unit.id,
      code: unit.code,
      name: "新名称供电所",
      kind: "station",
    });
    const events = await auditOf(unit.id);
    expect(events.at(-1)).toMatchObject({
      action: "unit.renamed",
      actor_id: admin.id,
      before: { name: "旧名称供电所" },
      after: { name: "新名称供电所" },
    });
  });

  it("refuses another city's unit (404), an empty name (400), and an auditor (403)", async () => {
    await expectProblem(
      await call("PATCH", `/v1/units/${f.otherCityId}`, admin.token, { name: "x" }),
      404,
      "unit_not_found",
    );
    await expectProblem(
      await call("PATCH", `/v1/units/${f.cityId}`, admin.token, { name: " " }),
      400,
      "validation_failed",
    );
    await expectProblem(
      await call("PATCH", `/v1/units/${f.cityId}`, auditor.token, { name: "x" }),
      403,
      "forbidden",
    );
  });
});

describe("POST /v1/channel-clients/{clientId}/api-key", () => {
  it("replaces the key: the new one works, the old one is refused, only the prefix is audited", async () => {
    const created = await call("POST", "/v1/channel-clients", provinceAdmin.token, {
      name: "短信网关二",
      channel: "sms",
      allowedOperations: ["accounts:read"],
    });
    expect(created.status).toBe(201);
    const client = (await created.json()) as { id: string; apiKey: string };
    const customer = await f.customer();
    const res = await call("POST", `/v1/channel-clients/${client.id}/api-key`, provinceAdmin.token);
    expect(res.status).toBe(201);
    const rotated = (await res.json()) as { id: string; apiKey: string; apiKeyPrefix: string };
    expect(rotated.apiKey).toMatch(/^pk_/);
    expect(rotated.apiKey).not.toBe(client.apiKey);
    expect(rotated.apiKeyPrefix).toBe(rotated.apiKey.slice(0, 10));

    expect((await call("GET", `/v1/accounts/${customer.customerNo}`, rotated.apiKey)).status).toBe(200);
    expect((await call("GET", `/v1/accounts/${customer.customerNo}`, client.apiKey)).status).toBe(401);
    const events = await auditOf(client.id);
    expect(events.at(-1)).toMatchObject({ action: "client.api_key_rotated", actor_id: provinceAdmin.id });
    expect(JSON.stringify(events)).not.toContain(rotated.apiKey);
    const [row] = await t.db.query<{ api_key_hash: string }>(
      "SELECT api_key_hash FROM channel_clients WHERE id = $1",
      [client.id],
    );
    expect(row?.api_key_hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it("refuses a partner (409), a client out of reach (404), and an auditor (403)", async () => {
    const partner = await call("POST", "/v1/channel-clients", provinceAdmin.token, {
      name: "某银行",
      channel: "partner",
    });
    const { id } = (await partner.json()) as { id: string };
    await expectProblem(
      await call("POST", `/v1/channel-clients/${id}/api-key`, provinceAdmin.token),
      409,
      "client_has_no_api_key",
    );
    // A unit-less client is the province's: a city sysadmin does not see it.
    await expectProblem(
      await call("POST", `/v1/channel-clients/${id}/api-key`, admin.token),
      404,
      "client_not_found",
    );
    await expectProblem(
      await call("POST", `/v1/channel-clients/${id}/api-key`, auditor.token),
      403,
      "forbidden",
    );
  });
});

describe("GET /v1/audit: action kind and unit filters", () => {
  it("a kind ending in a dot takes every action of it; an action alone, only itself; a unit, its subtree", async () => {
    const code = `AF-${randomBytes(3).toString("hex").toUpperCase()}`;
    const county = (await (
      await call("POST", "/v1/units", admin.token, {
        code,
        name: "筛选县局",
        kind: "county",
        parentId: f.cityId,
      })
    ).json()) as { id: string };
    await call("PATCH", `/v1/units/${county.id}`, admin.token, { name: "筛选县局二" });
    const user = (await (
      await call("POST", "/v1/users", admin.token, {
        username: `af${randomBytes(4).toString("hex")}`,
        displayName: "筛选",
        unitId: county.id,
        password: "a long enough initial password",
        roles: ["clerk"],
      })
    ).json()) as { id: string };

    const page = async (query: string) => {
      const res = await call("GET", `/v1/audit?${query}`, auditor.token);
      expect(res.status).toBe(200);
      return ((await res.json()) as { data: { action: string; objectId: string }[] }).data;
    };
    const inCounty = await page(`unitId=${county.id}`);
    expect(inCounty.map((e) => e.action)).toEqual(["user.created", "unit.renamed", "unit.created"]);
    expect((await page(`unitId=${county.id}&action=unit.`)).map((e) => e.action)).toEqual([
      "unit.renamed",
      "unit.created",
    ]);
    expect((await page(`unitId=${county.id}&action=unit.created`)).map((e) => e.objectId)).toEqual([
      county.id,
    ]);
    expect((await page(`action=user.created&objectId=${user.id}`)).length).toBe(1);
    // "unit" without the dot is an action name, and there is no such action.
    expect(await page(`unitId=${county.id}&action=unit`)).toEqual([]);

    await expectProblem(
      await call("GET", `/v1/audit?unitId=${f.otherCityId}`, auditor.token),
      404,
      "unit_not_found",
    );
    await expectProblem(
      await call("GET", "/v1/audit?action=user%25", auditor.token),
      400,
      "validation_failed",
    );
  });
});
