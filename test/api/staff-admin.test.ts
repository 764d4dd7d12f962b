import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ResponseBody, Schemas } from "../helpers/api-client.ts";
import { buildApp, requestInit } from "../helpers/app.ts";
import { createTestDatabase, type TestDatabase } from "../helpers/database.ts";
import { Fixtures } from "../helpers/fixtures.ts";
import { expectProblem } from "../helpers/problem.ts";
import { auditRefusal } from "../helpers/refuse-audit.ts";

/**
 * Staff administration: segregation of duties, unit and user scoping, login unlock, and the
 * audit event each change must leave (one per change, written in the change's transaction).
 */

type Staff = Awaited<ReturnType<Fixtures["staff"]>>;

let t: TestDatabase;
let f: Fixtures;
let app: ReturnType<typeof buildApp>;
/** Users nobody mutates: the actors of these tests and the people they look at. */
let admin: Staff; // sysadmin of the city
let cityAuditor: Staff;
let provinceAuditor: Staff;
let clerk: Staff; // city clerk
let outletClerk: Staff;
let otherCityClerk: Staff;

beforeAll(async () => {
  t = await createTestDatabase();
  f = await Fixtures.create(t.db);
  app = buildApp(t.db);
  [admin, cityAuditor, provinceAuditor, clerk, outletClerk, otherCityClerk] = await Promise.all([
    f.staff(["sysadmin"]),
    f.staff(["auditor"]),
    f.staff(["auditor"], { unitId: f.provinceId }),
    f.staff(["clerk"]),
    f.staff(["clerk"], { unitId: f.outletId }),
    f.staff(["clerk"], { unitId: f.otherCityId }),
  ]);
});
afterAll(() => t?.close());

async function call(method: string, path: string, token?: string, body?: unknown): Promise<Response> {
  const headers: Record<string, string> = token ? { Authorization: `Bearer ${token}` } : {};
  return app.request(path, requestInit(method, { body, headers }));
}

const newUsername = () => `t${randomBytes(6).toString("hex")}`;
const newCode = () => `T-${randomBytes(4).toString("hex").toUpperCase()}`;

function newUser(overrides: Record<string, unknown> = {}) {
  return {
    username: newUsername(),
    displayName: "新员工",
    unitId: f.cityId,
    password: "a long enough initial password",
    roles: ["clerk"],
    ...overrides,
  };
}

interface AuditRow {
  action: string;
  actor_id: string;
  object_type: string;
  object_id: string;
  unit_id: string | null;
  request_id: string | null;
  before: unknown;
  after: unknown;
}

async function auditFor(objectId: string): Promise<AuditRow[]> {
  return t.db.query<AuditRow & Record<string, unknown>>(
    `SELECT action, actor_id, object_type, object_id, unit_id, request_id, before, after
       FROM audit_events WHERE object_id = $1 ORDER BY entry_no`,
    [objectId],
  );
}

async function auditCount(): Promise<number> {
  const [row] = await t.db.query<{ n: number }>("SELECT count(*)::int AS n FROM audit_events");
  return Number(row?.n);
}

async function rolesInDb(userId: string): Promise<string[]> {
  const rows = await t.db.query<{ role: string }>(
    "SELECT role FROM staff_roles WHERE user_id = $1 ORDER BY role",
    [userId],
  );
  return rows.map((r) => r.role);
}

async function userCountByName(username: string): Promise<number> {
  const [row] = await t.db.query<{ n: number }>(
    "SELECT count(*)::int AS n FROM staff_users WHERE username = $1",
    [username],
  );
  return Number(row?.n);
}

/** jsonb comes back parsed on both drivers, but be tolerant of text. */
const json = (value: unknown) => (typeof value === "string" ? JSON.parse(value) : value);

describe("segregation of duties through the API", () => {
  it.each([
    ["card_admin + fund_admin", ["card_admin", "fund_admin"]],
    ["sysadmin + auditor", ["sysadmin", "auditor"]],
    ["sysadmin + clerk", ["sysadmin", "clerk"]],
  ])("refuses to create a user with %s: 409, no user, no role, no audit event", async (_, roles) => {
    const before = await auditCount();
    const body = newUser({ roles });
    const res = await call("POST", "/v1/users", admin.token, body);
    await expectProblem(res, 409, "segregation_of_duties");
    expect(await userCountByName(body.username)).toBe(0);
    const [orphans] = await t.db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM staff_roles r WHERE NOT EXISTS (SELECT 1 FROM staff_users u WHERE u.id = r.user_id)",
    );
    expect(orphans?.n).toBe(0);
    expect(await auditCount()).toBe(before);
  });

  it("creates a user with compatible roles: 201, one user.created event carrying the request id", async () => {
    const body = newUser({ roles: ["card_admin", "auditor"], unitId: f.outletId });
    const res = await call("POST", "/v1/users", admin.token, body);
    expect(res.status).toBe(201);
    const text = await res.text();
    expect(text).not.toMatch(/scrypt|password/i);
    const user = JSON.parse(text) as { id: string; roles: string[]; unitId: string; username: string };
    expect(user).toMatchObject({ username: body.username, unitId: f.outletId, status: "active" });
    expect(user.id).toMatch(/^usr_/);
    expect([...user.roles].sort()).toEqual(["auditor", "card_admin"]);
    expect(await rolesInDb(user.id)).toEqual(["auditor", "card_admin"]);

    const events = await auditFor(user.id);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      action: "user.created",
      actor_id: admin.id,
      object_type: "staff_user",
      unit_id: f.outletId,
      request_id: res.headers.get("x-request-id"),
    });
    expect(JSON.stringify(events[0])).not.toMatch(/scrypt|password/i);
  });

  it("PUT roles adding fund_admin to a card_admin: 409, roles unchanged, no audit event", async () => {
    const cardAdmin = await f.staff(["card_admin"]);
    const res = await call("PUT", `/v1/users/${cardAdmin.id}/roles`, admin.token, {
      roles: ["card_admin", "fund_admin"],
    });
    await expectProblem(res, 409, "segregation_of_duties");
    expect(await rolesInDb(cardAdmin.id)).toEqual(["card_admin"]);
    const view = await call("GET", `/v1/users/${cardAdmin.id}`, admin.token);
    expect(((await view.json()) as Schemas["StaffUser"]).roles).toEqual(["card_admin"]);
    expect(await auditFor(cardAdmin.id)).toEqual([]);
  });

  it("PUT roles making a card_admin a sysadmin too: 409, roles unchanged", async () => {
    const cardAdmin = await f.staff(["card_admin"]);
    const res = await call("PUT", `/v1/users/${cardAdmin.id}/roles`, admin.token, {
      roles: ["card_admin", "sysadmin"],
    });
    await expectProblem(res, 409, "segregation_of_duties");
    expect(await rolesInDb(cardAdmin.id)).toEqual(["card_admin"]);
  });

  it("PUT roles replacing card_admin by fund_admin: 200, one event with before and after, effective at once", async () => {
    const person = await f.staff(["card_admin"]);
    const card = await f.card({ state: "sold" });
    // As a card_admin the person reaches the unlock route (the card is simply not locked)…
    const asCardAdmin = await call("POST", `/v1/cards/${card.cardNo}/unlock-requests`, person.token, {
      reason: "test",
    });
    await expectProblem(asCardAdmin, 409, "card_not_locked");

    const res = await call("PUT", `/v1/users/${person.id}/roles`, admin.token, { roles: ["fund_admin"] });
    expect(res.status).toBe(200);
    expect(((await res.json()) as Schemas["StaffUser"]).roles).toEqual(["fund_admin"]);
    expect(await rolesInDb(person.id)).toEqual(["fund_admin"]);
    const events = await auditFor(person.id);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      action: "user.roles_changed",
      actor_id: admin.id,
      unit_id: f.cityId,
      request_id: res.headers.get("x-request-id"),
    });
    expect(json(events[0]?.before)).toEqual({ roles: ["card_admin"] });
    expect(json(events[0]?.after)).toEqual({ roles: ["fund_admin"] });

    // …and with the same, still valid token, no longer: roles are read on every request.
    const asFundAdmin = await call("POST", `/v1/cards/${card.cardNo}/unlock-requests`, person.token, {
      reason: "test",
    });
    await expectProblem(asFundAdmin, 403, "forbidden");
  });

  it("a sysadmin cannot change their own roles: 403, roles unchanged, no audit event", async () => {
    const selfAdmin = await f.staff(["sysadmin"]);
    for (const roles of [["sysadmin", "auditor"], ["auditor"], []]) {
      const res = await call("PUT", `/v1/users/${selfAdmin.id}/roles`, selfAdmin.token, { roles });
      await expectProblem(res, 403, "forbidden");
    }
    expect(await rolesInDb(selfAdmin.id)).toEqual(["sysadmin"]);
    expect(await auditFor(selfAdmin.id)).toEqual([]);
  });

  it("PUT roles of another city's user: 404 user_not_found, roles unchanged", async () => {
    const res = await call("PUT", `/v1/users/${otherCityClerk.id}/roles`, admin.token, {
      roles: ["auditor"],
    });
    await expectProblem(res, 404, "user_not_found");
    expect(await rolesInDb(otherCityClerk.id)).toEqual(["clerk"]);
  });

  it("only a sysadmin manages users: no token 401, clerk and auditor 403", async () => {
    const body = newUser();
    await expectProblem(await call("POST", "/v1/users", undefined, body), 401, "unauthenticated");
    await expectProblem(await call("POST", "/v1/users", clerk.token, body), 403, "forbidden");
    await expectProblem(await call("POST", "/v1/users", cityAuditor.token, body), 403, "forbidden");
    await expectProblem(
      await call("PUT", `/v1/users/${clerk.id}/roles`, cityAuditor.token, { roles: ["auditor"] }),
      403,
      "forbidden",
    );
    await expectProblem(
      await call("POST", `/v1/users/${clerk.id}/unlock`, clerk.token, {}),
      403,
      "forbidden",
    );
    expect(await userCountByName(body.username)).toBe(0);
  });
});

describe("units are scoped to the caller's subtree", () => {
  type UnitView = Schemas["Unit"];
  async function unitIds(token: string): Promise<string[]> {
    const res = await call("GET", "/v1/units", token);
    expect(res.status).toBe(200);
    return ((await res.json()) as ResponseBody<"listUnits">).data.map((u) => u.id);
  }

  it("GET /v1/units lists the city and its outlet, never the province or the other city", async () => {
    for (const user of [clerk, admin, cityAuditor]) {
      const ids = await unitIds(user.token);
      expect(ids).toContain(f.cityId);
      expect(ids).toContain(f.outletId);
      expect(ids).not.toContain(f.provinceId);
      expect(ids).not.toContain(f.otherCityId);
      expect(ids).not.toContain(f.otherOutletId);
      // Parents before children.
      expect(ids.indexOf(f.cityId)).toBeLessThan(ids.indexOf(f.outletId));
    }
    const fromOutlet = await unitIds(outletClerk.token);
    expect(fromOutlet).toContain(f.outletId);
    expect(fromOutlet).not.toContain(f.cityId);
    const fromProvince = await unitIds(provinceAuditor.token);
    for (const id of [f.provinceId, f.cityId, f.outletId, f.otherCityId, f.otherOutletId]) {
      expect(fromProvince).toContain(id);
    }
  });

  it("GET /v1/units/{id}: 200 in the subtree, 404 unit_not_found above it or beside it", async () => {
    const own = await call("GET", `/v1/units/${f.outletId}`, clerk.token);
    expect(own.status).toBe(200);
    expect(await own.json()).toMatchObject({ id: f.outletId, kind: "outlet", parentId: f.cityId });
    for (const id of [f.otherCityId, f.otherOutletId, f.provinceId, "unt_does_not_exist"]) {
      await expectProblem(await call("GET", `/v1/units/${id}`, clerk.token), 404, "unit_not_found");
    }
    await expectProblem(await call("GET", `/v1/units/${f.cityId}`), 401, "unauthenticated");
  });

  it("a sysadmin creating a unit under the other city: 404 unit_not_found, nothing created", async () => {
    const before = await auditCount();
    const code = newCode();
    const res = await call("POST", "/v1/units", admin.token, {
      code,
      name: "越权营业厅",
      kind: "outlet",
      parentId: f.otherCityId,
    });
    await expectProblem(res, 404, "unit_not_found");
    const rows = await t.db.query("SELECT 1 FROM org_units WHERE code = $1", [code]);
    expect(rows).toHaveLength(0);
    expect(await auditCount()).toBe(before);
  });

  it("a sysadmin creating an outlet under their city: 201, listed, one unit.created event", async () => {
    const code = newCode();
    const res = await call("POST", "/v1/units", admin.token, {
      code,
      name: "新营业厅",
      kind: "outlet",
      parentId: f.cityId,
    });
    expect(res.status).toBe(201);
    const unit = (await res.json()) as UnitView & { code: string; isAccountingUnit: boolean };
    expect(unit).toMatchObject({ code, kind: "outlet", parentId: f.cityId, isAccountingUnit: false });
    expect(unit.id).toMatch(/^unt_/);
    expect(await unitIds(admin.token)).toContain(unit.id);
    expect(await unitIds(otherCityClerk.token)).not.toContain(unit.id);
    const [row] = await t.db.query<{ path: string }>("SELECT path FROM org_units WHERE id = $1", [unit.id]);
    expect(row?.path).toBe(`/${f.provinceId}/${f.cityId}/${unit.id}/`);

    const events = await auditFor(unit.id);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      action: "unit.created",
      actor_id: admin.id,
      object_type: "org_unit",
      unit_id: unit.id,
      request_id: res.headers.get("x-request-id"),
    });
  });

  it.each([
    ["a city under a city", "city", () => f.cityId],
    ["a province under a city", "province", () => f.cityId],
    ["a county under an outlet", "county", () => f.outletId],
  ])("refuses %s: 400 validation_failed, nothing created", async (_, kind, parent) => {
    const before = await auditCount();
    const code = newCode();
    const res = await call("POST", "/v1/units", admin.token, {
      code,
      name: "错位",
      kind,
      parentId: parent(),
    });
    const body = await expectProblem(res, 400, "validation_failed");
    expect(JSON.stringify(body.errors)).toContain("body.kind");
    expect(await t.db.query("SELECT 1 FROM org_units WHERE code = $1", [code])).toHaveLength(0);
    expect(await auditCount()).toBe(before);
  });

  async function createCounty(code: string) {
    return call("POST", "/v1/units", admin.token, {
      code,
      name: "县公司",
      kind: "county",
      parentId: f.cityId,
    });
  }

  it("a used unit code is refused: no second unit, no audit event", async () => {
    const code = newCode();
    expect((await createCounty(code)).status).toBe(201);
    const before = await auditCount();
    const again = await createCounty(code);
    expect(again.status).not.toBe(201);
    expect(await t.db.query("SELECT 1 FROM org_units WHERE code = $1", [code])).toHaveLength(1);
    expect(await auditCount()).toBe(before);
  });

  it("a used unit code: 400 validation_failed on body.code", async () => {
    const code = newCode();
    expect((await createCounty(code)).status).toBe(201);
    const body = await expectProblem(await createCounty(code), 400, "validation_failed");
    expect(JSON.stringify(body.errors)).toContain("body.code");
  });

  it("only a sysadmin creates units: clerk and auditor 403", async () => {
    const body = { code: newCode(), name: "x", kind: "outlet", parentId: f.cityId };
    await expectProblem(await call("POST", "/v1/units", clerk.token, body), 403, "forbidden");
    await expectProblem(await call("POST", "/v1/units", cityAuditor.token, body), 403, "forbidden");
    expect(await t.db.query("SELECT 1 FROM org_units WHERE code = $1", [body.code])).toHaveLength(0);
  });
});

describe("users are scoped to the caller's subtree", () => {
  type UserView = Schemas["StaffUser"];

  it("GET /v1/users lists the subtree's staff only, and never a password or its hash", async () => {
    for (const reader of [admin, cityAuditor]) {
      const res = await call("GET", "/v1/users", reader.token);
      expect(res.status).toBe(200);
      const text = await res.text();
      expect(text).not.toMatch(/scrypt/i);
      expect(text).not.toMatch(/password/i);
      const ids = (JSON.parse(text) as { data: UserView[] }).data.map((u) => u.id);
      for (const id of [admin.id, cityAuditor.id, clerk.id, outletClerk.id]) expect(ids).toContain(id);
      expect(ids).not.toContain(otherCityClerk.id);
      expect(ids).not.toContain(provinceAuditor.id);
    }
    const all = await call("GET", "/v1/users", provinceAuditor.token);
    const allIds = ((await all.json()) as ResponseBody<"listUsers">).data.map((u) => u.id);
    for (const id of [admin.id, otherCityClerk.id, provinceAuditor.id]) expect(allIds).toContain(id);
  });

  it("GET /v1/users/{id}: 200 in the subtree (roles, no secret), 404 user_not_found elsewhere", async () => {
    const own = await call("GET", `/v1/users/${outletClerk.id}`, admin.token);
    expect(own.status).toBe(200);
    const text = await own.text();
    expect(text).not.toMatch(/scrypt|password/i);
    expect(JSON.parse(text)).toMatchObject({ id: outletClerk.id, roles: ["clerk"], unitId: f.outletId });
    for (const id of [otherCityClerk.id, provinceAuditor.id, "usr_does_not_exist"]) {
      await expectProblem(await call("GET", `/v1/users/${id}`, admin.token), 404, "user_not_found");
      await expectProblem(await call("GET", `/v1/users/${id}`, cityAuditor.token), 404, "user_not_found");
    }
  });

  it("only sysadmins and auditors read users: no token 401, clerk 403", async () => {
    await expectProblem(await call("GET", "/v1/users"), 401, "unauthenticated");
    await expectProblem(await call("GET", "/v1/users", clerk.token), 403, "forbidden");
    await expectProblem(await call("GET", `/v1/users/${clerk.id}`, clerk.token), 403, "forbidden");
  });

  it("a duplicate username is refused: still one user and one user.created event", async () => {
    const body = newUser();
    const first = await call("POST", "/v1/users", admin.token, body);
    expect(first.status).toBe(201);
    const { id } = (await first.json()) as UserView;
    const before = await auditCount();
    const again = await call("POST", "/v1/users", admin.token, { ...body, displayName: "又一个" });
    expect(again.status).not.toBe(201);
    expect(await userCountByName(body.username)).toBe(1);
    expect(await auditCount()).toBe(before);
    expect((await auditFor(id)).map((e) => e.action)).toEqual(["user.created"]);
  });

  it("a duplicate username: 409 username_taken", async () => {
    const body = newUser();
    expect((await call("POST", "/v1/users", admin.token, body)).status).toBe(201);
    await expectProblem(await call("POST", "/v1/users", admin.token, body), 409, "username_taken");
  });

  it("creating a user in the other city: 404 unit_not_found, nothing created", async () => {
    const body = newUser({ unitId: f.otherCityId });
    await expectProblem(await call("POST", "/v1/users", admin.token, body), 404, "unit_not_found");
    expect(await userCountByName(body.username)).toBe(0);
  });

  it("a short initial password: 400 password_too_weak, nothing created", async () => {
    const body = newUser({ password: "short" });
    await expectProblem(await call("POST", "/v1/users", admin.token, body), 400, "password_too_weak");
    expect(await userCountByName(body.username)).toBe(0);
  });

  it("a repeated role is de-duplicated on creation, as PUT roles does", async () => {
    const body = newUser({ roles: ["clerk", "clerk"] });
    const res = await call("POST", "/v1/users", admin.token, body);
    const answer = (await res.json()) as Schemas["StaffUser"];
    expect(res.status).toBe(201);
    expect(answer.roles).toEqual(["clerk"]);
  });

  it("POST /v1/users/{id}/unlock lifts a login lock: login works again, one user.unlocked event", async () => {
    const locked = await f.staff(["clerk"], { unitId: f.outletId });
    const until = new Date(Date.now() + 30 * 60_000);
    await t.db.query("UPDATE staff_users SET locked_until = $2, failed_logins = 10 WHERE id = $1", [
      locked.id,
      until.toISOString(),
    ]);
    const login = () =>
      call("POST", "/v1/auth/login", undefined, { username: locked.username, password: locked.password });
    await expectProblem(await login(), 401, "invalid_credentials");

    const listed = await call("GET", `/v1/users/${locked.id}`, admin.token);
    expect(((await listed.json()) as UserView).lockedUntil).toBe(until.toISOString());

    const res = await call("POST", `/v1/users/${locked.id}/unlock`, admin.token, {});
    expect(res.status).toBe(200);
    expect(((await res.json()) as UserView).lockedUntil).toBeNull();
    const [row] = await t.db.query<{ locked_until: unknown; failed_logins: number }>(
      "SELECT locked_until, failed_logins FROM staff_users WHERE id = $1",
      [locked.id],
    );
    expect(row).toEqual({ locked_until: null, failed_logins: 0 });
    const events = await auditFor(locked.id);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      action: "user.unlocked",
      actor_id: admin.id,
      unit_id: f.outletId,
      request_id: res.headers.get("x-request-id"),
    });
    expect((await login()).status).toBe(200);
  });

  it("POST /v1/users/{id}/unlock as documented, without a body, is answered (not 415)", async () => {
    const locked = await f.staff(["clerk"]);
    const res = await app.request(`/v1/users/${locked.id}/unlock`, {
      method: "POST",
      headers: { Authorization: `Bearer ${admin.token}` },
    });
    expect(res.status).toBe(200);
  });

  it("unlocking another city's user: 404 user_not_found, the lock stays", async () => {
    const victim = await f.staff(["clerk"], { unitId: f.otherOutletId });
    const until = new Date(Date.now() + 30 * 60_000).toISOString();
    await t.db.query("UPDATE staff_users SET locked_until = $2, failed_logins = 10 WHERE id = $1", [
      victim.id,
      until,
    ]);
    await expectProblem(
      await call("POST", `/v1/users/${victim.id}/unlock`, admin.token, {}),
      404,
      "user_not_found",
    );
    const [row] = await t.db.query<{ failed_logins: number }>(
      "SELECT failed_logins FROM staff_users WHERE id = $1 AND locked_until IS NOT NULL",
      [victim.id],
    );
    expect(row?.failed_logins).toBe(10);
    expect(await auditFor(victim.id)).toEqual([]);
  });
});

/**
 * The audit event is written in the same transaction as the change: when the audit insert fails,
 * the change must not survive. A test-only trigger refuses audit events of the listed actions.
 */
describe("a change and its audit event commit together or not at all", () => {
  const refusal = auditRefusal(() => t.db);
  const withAuditRefused = refusal.withAuditRefused;
  beforeAll(() => refusal.install());
  afterAll(() => refusal.uninstall());

  it("user creation: 500 and no user, no role", async () => {
    const body = newUser({ roles: ["auditor"] });
    const res = await withAuditRefused("user.created", () => call("POST", "/v1/users", admin.token, body));
    await expectProblem(res, 500, "internal_error");
    expect(await userCountByName(body.username)).toBe(0);
    // The same request goes through once the audit trail accepts it again.
    expect((await call("POST", "/v1/users", admin.token, body)).status).toBe(201);
  });

  it("role change: 500 and the roles unchanged", async () => {
    const person = await f.staff(["card_admin"]);
    const res = await withAuditRefused("user.roles_changed", () =>
      call("PUT", `/v1/users/${person.id}/roles`, admin.token, { roles: ["fund_admin"] }),
    );
    await expectProblem(res, 500, "internal_error");
    expect(await rolesInDb(person.id)).toEqual(["card_admin"]);
  });

  it("unit creation: 500 and no unit", async () => {
    const code = newCode();
    const res = await withAuditRefused("unit.created", () =>
      call("POST", "/v1/units", admin.token, { code, name: "x", kind: "outlet", parentId: f.cityId }),
    );
    await expectProblem(res, 500, "internal_error");
    expect(await t.db.query("SELECT 1 FROM org_units WHERE code = $1", [code])).toHaveLength(0);
  });

  it("login unlock: 500 and the lock stays", async () => {
    const locked = await f.staff(["clerk"]);
    await t.db.query(
      "UPDATE staff_users SET locked_until = now() + interval '30 minutes', failed_logins = 10 WHERE id = $1",
      [locked.id],
    );
    const res = await withAuditRefused("user.unlocked", () =>
      call("POST", `/v1/users/${locked.id}/unlock`, admin.token, {}),
    );
    await expectProblem(res, 500, "internal_error");
    const [row] = await t.db.query<{ failed_logins: number }>(
      "SELECT failed_logins FROM staff_users WHERE id = $1 AND locked_until IS NOT NULL",
      [locked.id],
    );
    expect(row?.failed_logins).toBe(10);
  });
});
