import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Schemas } from "../helpers/api-client.ts";
import { buildApp, requestInit, startServer } from "../helpers/app.ts";
import { createTestDatabase, realPostgresOnly, type TestDatabase } from "../helpers/database.ts";
import { Fixtures } from "../helpers/fixtures.ts";

/**
 * Staff sign-in: login, lockout, refresh-token rotation and reuse detection, logout, password
 * change, and what sign-in writes to the audit log. Access-token verification, the JWKS and staff
 * calling business routes are in staff-tokens.test.ts.
 */
let t: TestDatabase;
let f: Fixtures;
let app: ReturnType<typeof buildApp>;

beforeAll(async () => {
  t = await createTestDatabase();
  f = await Fixtures.create(t.db);
  app = buildApp(t.db);
});
afterAll(() => t.close());

type StaffUser = Awaited<ReturnType<Fixtures["staff"]>>;
// Body mode (these tests) always returns the refresh token; only cookie mode leaves it out.
type TokenPair = Schemas["TokenPair"] & { refreshToken: string };

const MINUTE = 60_000;
const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");
const WRONG = "definitely not the password";

function login(username: string, password: string, on = app) {
  return on.request("/v1/auth/login", requestInit("POST", { body: { username, password } }));
}
const refresh = (refreshToken: string) =>
  app.request("/v1/auth/refresh", requestInit("POST", { body: { refreshToken } }));
const logout = (refreshToken: string) =>
  app.request("/v1/auth/logout", requestInit("POST", { body: { refreshToken } }));
const me = (accessToken: string) => app.request("/v1/me", requestInit("GET", { apiKey: accessToken }));
const changePassword = (accessToken: string, currentPassword: string, newPassword: string) =>
  app.request(
    "/v1/auth/password",
    requestInit("POST", { apiKey: accessToken, body: { currentPassword, newPassword } }),
  );

async function signIn(user: { username: string; password: string }): Promise<TokenPair> {
  const res = await login(user.username, user.password);
  expect(res.status).toBe(200);
  return (await res.json()) as TokenPair;
}

/** A problem answer: its status, code and the body text with the requestId blanked out. */
async function expectProblem(res: Response, status: number, code: string) {
  expect(res.status).toBe(status);
  expect(res.headers.get("content-type")).toBe("application/problem+json");
  const text = await res.text();
  const body = JSON.parse(text) as Record<string, unknown>;
  expect(body).toMatchObject({ status, code, type: `urn:powercard:problem:${code}` });
  const requestId = res.headers.get("x-request-id");
  expect(body.requestId).toBe(requestId);
  return { body, text, normalized: text.replace(String(requestId), "<requestId>") };
}

async function userRow(id: string) {
  const [row] = await t.db.query<{
    failed_logins: number;
    locked_until: Date | string | null;
    status: string;
  }>("SELECT failed_logins, locked_until, status FROM staff_users WHERE id = $1", [id]);
  if (!row) throw new Error(`no staff user ${id}`);
  return {
    failedLogins: Number(row.failed_logins),
    lockedUntil: row.locked_until === null ? null : new Date(row.locked_until),
    status: row.status,
  };
}

async function auditActions(userId: string) {
  const rows = await t.db.query<{ action: string }>(
    "SELECT action FROM audit_events WHERE actor_id = $1 AND action LIKE 'auth.%' ORDER BY entry_no",
    [userId],
  );
  return rows.map((r) => r.action);
}

describe("POST /v1/auth/login", () => {
  // Login does not change a user who signs in correctly (the counter is already 0): shared.
  let clerk: StaffUser;
  beforeAll(async () => {
    clerk = await f.staff(["clerk"], { unitId: f.outletId });
  });

  it("answers a token pair, not cacheable, whose access token works on GET /v1/me", async () => {
    const res = await login(clerk.username, clerk.password);
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect(res.headers.get("content-type")).toMatch(/^application\/json/);
    const pair = (await res.json()) as TokenPair;
    expect(pair).toEqual({
      accessToken: expect.stringMatching(/^[\w-]+\.[\w-]+\.[\w-]+$/),
      tokenType: "Bearer",
      expiresIn: 600,
      refreshToken: expect.stringMatching(/^rt_[\w-]{20,}$/),
    });

    const who = await me(pair.accessToken);
    expect(who.status).toBe(200);
    expect(await who.json()).toEqual({
      id: clerk.id,
      username: clerk.username,
      displayName: expect.any(String),
      unitId: f.outletId,
      roles: ["clerk"],
    });
  });

  it("treats the username case-insensitively", async () => {
    const pair = await signIn({ username: clerk.username.toUpperCase(), password: clerk.password });
    const who = await me(pair.accessToken);
    expect(((await who.json()) as Schemas["Me"]).id).toBe(clerk.id);
  });

  it("does not treat the password case-insensitively", async () => {
    await expectProblem(
      await login(clerk.username, clerk.password.toUpperCase()),
      401,
      "invalid_credentials",
    );
  });

  it("answers wrong password, unknown user and disabled user with the same 401, byte for byte", async () => {
    const disabled = await f.staff(["clerk"], { unitId: f.outletId });
    await t.db.query("UPDATE staff_users SET status = 'disabled' WHERE id = $1", [disabled.id]);

    const wrongPassword = await login(clerk.username, WRONG);
    const unknownUser = await login("nobody.here", clerk.password);
    const disabledUser = await login(disabled.username, disabled.password);

    const a = await expectProblem(wrongPassword, 401, "invalid_credentials");
    const b = await expectProblem(unknownUser, 401, "invalid_credentials");
    const c = await expectProblem(disabledUser, 401, "invalid_credentials");
    expect(b.normalized).toBe(a.normalized);
    expect(c.normalized).toBe(a.normalized);
    const headerNames = (r: Response) => [...r.headers.keys()].sort();
    expect(headerNames(unknownUser)).toEqual(headerNames(wrongPassword));
    expect(headerNames(disabledUser)).toEqual(headerNames(wrongPassword));
    // The failed answers carry no credential of any kind.
    for (const r of [a, b, c]) {
      expect(r.text).not.toContain(clerk.password);
      expect(r.text).not.toContain(WRONG);
      expect(r.body).not.toHaveProperty("accessToken");
      expect(r.body).not.toHaveProperty("refreshToken");
    }
  });

  it("rejects a body that is not exactly {username, password} without echoing the password", async () => {
    const secret = `s3cret-${"x".repeat(300)}`;
    const tooLong = await expectProblem(await login(clerk.username, secret), 400, "validation_failed");
    expect(tooLong.text).not.toContain(secret);
    expect(tooLong.text).not.toContain("s3cret");
    await expectProblem(
      await app.request(
        "/v1/auth/login",
        requestInit("POST", { body: { username: clerk.username, password: clerk.password, admin: true } }),
      ),
      400,
      "validation_failed",
    );
  });
});

describe("login lockout", () => {
  it("locks the account on the 10th wrong password for 30 minutes; then even the right one fails", async () => {
    const user = await f.staff(["clerk"], { unitId: f.outletId });
    const reference = await expectProblem(await login(user.username, WRONG), 401, "invalid_credentials");
    for (let i = 2; i <= 9; i++) await login(user.username, WRONG);
    expect(await userRow(user.id)).toMatchObject({ failedLogins: 9, lockedUntil: null });

    const before = Date.now();
    const tenth = await expectProblem(await login(user.username, WRONG), 401, "invalid_credentials");
    expect(tenth.normalized).toBe(reference.normalized);
    const { lockedUntil } = await userRow(user.id);
    expect(lockedUntil).not.toBeNull();
    expect(lockedUntil?.getTime()).toBeGreaterThanOrEqual(before + 30 * MINUTE - 1_000);
    expect(lockedUntil?.getTime()).toBeLessThanOrEqual(Date.now() + 30 * MINUTE + 1_000);

    // The 11th attempt, with the RIGHT password, gets exactly the answer a wrong one gets.
    const eleventh = await expectProblem(
      await login(user.username, user.password),
      401,
      "invalid_credentials",
    );
    expect(eleventh.normalized).toBe(reference.normalized);

    // 29 minutes later the lock still holds.
    const at29 = buildApp(t.db, { now: () => new Date(Date.now() + 29 * MINUTE) });
    await expectProblem(await login(user.username, user.password, at29), 401, "invalid_credentials");
  });

  it("31 minutes later the right password works, and a success resets the failure counter", async () => {
    const user = await f.staff(["clerk"], { unitId: f.outletId });
    for (let i = 1; i <= 10; i++) await login(user.username, WRONG);
    expect((await userRow(user.id)).lockedUntil).not.toBeNull();

    const later = buildApp(t.db, { now: () => new Date(Date.now() + 31 * MINUTE) });
    const res = await login(user.username, user.password, later);
    expect(res.status).toBe(200);
    expect(await userRow(user.id)).toMatchObject({ failedLogins: 0, lockedUntil: null });

    // Nine more failures count from zero again; a success clears them, so nine more don't lock.
    for (let i = 1; i <= 9; i++) await login(user.username, WRONG, later);
    expect(await userRow(user.id)).toMatchObject({ failedLogins: 9, lockedUntil: null });
    expect((await login(user.username, user.password, later)).status).toBe(200);
    expect(await userRow(user.id)).toMatchObject({ failedLogins: 0, lockedUntil: null });
  });

  it("checks at most 10 passwords per lock period, however many guesses arrive at once", async () => {
    const user = await f.staff(["clerk"], { unitId: f.outletId });
    const responses = await Promise.all(Array.from({ length: 25 }, () => login(user.username, WRONG)));
    for (const r of responses) await expectProblem(r, 401, "invalid_credentials");
    await expectProblem(await login(user.username, user.password), 401, "invalid_credentials");
    const actions = await auditActions(user.id);
    // Every counted attempt leaves exactly one event; uncounted ones were refused unchecked.
    expect(actions.filter((a) => a === "auth.login_failed" || a === "auth.locked")).toHaveLength(10);
    expect(actions.filter((a) => a === "auth.locked")).toHaveLength(1);
    expect((await userRow(user.id)).lockedUntil).not.toBeNull();
  });

  const { skip, reason } = realPostgresOnly();
  if (skip) console.warn(`[api/staff-auth concurrent lockout] ${reason}`);

  describe.skipIf(skip)("concurrent wrong passwords (real PostgreSQL, real HTTP server)", () => {
    let server: { url: string; close(): Promise<void> };
    beforeAll(async () => {
      server = await startServer(app);
    });
    afterAll(() => server?.close());

    it("10 simultaneous wrong logins all count: the account locks, and exactly one of them is auth.locked", async () => {
      const user = await f.staff(["clerk"], { unitId: f.outletId });
      const post = (password: string) =>
        fetch(
          `${server.url}/v1/auth/login`,
          requestInit("POST", { body: { username: user.username, password } }),
        );
      const responses = await Promise.all(Array.from({ length: 10 }, () => post(WRONG)));
      for (const r of responses) await expectProblem(r, 401, "invalid_credentials");

      const row = await userRow(user.id);
      expect(row.lockedUntil?.getTime()).toBeGreaterThan(Date.now() + 29 * MINUTE);
      await expectProblem(await post(user.password), 401, "invalid_credentials");

      const actions = await auditActions(user.id);
      expect(actions.filter((a) => a === "auth.login_failed")).toHaveLength(9);
      expect(actions.filter((a) => a === "auth.locked")).toHaveLength(1);
    });
  });
});

describe("refresh tokens", () => {
  // Refreshing and logging out touch only sessions, never the user: one user for all.
  let user: StaffUser;
  beforeAll(async () => {
    user = await f.staff(["auditor"]);
  });

  it("trades a refresh token for a new pair, once; the chain keeps working", async () => {
    const first = await signIn(user);
    const res = await refresh(first.refreshToken);
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("no-store");
    const second = (await res.json()) as TokenPair;
    expect(second).toMatchObject({ tokenType: "Bearer", expiresIn: 600 });
    expect(second.refreshToken).not.toBe(first.refreshToken);
    expect(second.accessToken).not.toBe(first.accessToken);
    expect((await me(second.accessToken)).status).toBe(200);

    const third = await refresh(second.refreshToken);
    expect(third.status).toBe(200);
    expect(((await third.json()) as TokenPair).refreshToken).toMatch(/^rt_/);
  });

  it("a spent refresh token fails, and presenting it revokes the whole family, even the newest token", async () => {
    const { refreshToken: spent } = await signIn(user);
    const rotated = (await (await refresh(spent)).json()) as TokenPair;

    await expectProblem(await refresh(spent), 401, "invalid_credentials");
    // The replay above revoked the family: the legitimately rotated token is dead too.
    await expectProblem(await refresh(rotated.refreshToken), 401, "invalid_credentials");

    const [row] = await t.db.query<{ total: number; live: number }>(
      `SELECT count(*)::int AS total, count(*) FILTER (WHERE revoked_at IS NULL)::int AS live
         FROM refresh_tokens
        WHERE family_id = (SELECT family_id FROM refresh_tokens WHERE token_hash = $1)`,
      [sha256(rotated.refreshToken)],
    );
    expect(row).toEqual({ total: 2, live: 0 });
    expect(await auditActions(user.id)).toContain("auth.session_revoked");
  });

  it("revoking one session's family leaves the user's other sessions alone", async () => {
    const sessionA = await signIn(user);
    const sessionB = await signIn(user);
    await refresh(sessionA.refreshToken);
    await expectProblem(await refresh(sessionA.refreshToken), 401, "invalid_credentials");
    expect((await refresh(sessionB.refreshToken)).status).toBe(200);
  });

  it("an unknown refresh token is invalid_credentials", async () => {
    await expectProblem(await refresh(`rt_${"A".repeat(43)}`), 401, "invalid_credentials");
  });

  it("logout ends the session: 204, then its refresh token (and any rotated from it) fails", async () => {
    const session = await signIn(user);
    const rotated = (await (await refresh(session.refreshToken)).json()) as TokenPair;
    const out = await logout(rotated.refreshToken);
    expect(out.status).toBe(204);
    await expectProblem(await refresh(rotated.refreshToken), 401, "invalid_credentials");

    const other = await signIn(user);
    expect((await logout(other.refreshToken)).status).toBe(204);
    await expectProblem(await refresh(other.refreshToken), 401, "invalid_credentials");
  });

  it("logout with an unknown refresh token is invalid_credentials", async () => {
    await expectProblem(await logout(`rt_${"B".repeat(43)}`), 401, "invalid_credentials");
  });

  it("a disabled user's refresh token stops working", async () => {
    const other = await f.staff(["auditor"]);
    const session = await signIn(other);
    await t.db.query("UPDATE staff_users SET status = 'disabled' WHERE id = $1", [other.id]);
    await expectProblem(await refresh(session.refreshToken), 401, "invalid_credentials");
  });

  it("a refresh token older than 12 hours is refused", async () => {
    const session = await signIn(user);
    const later = buildApp(t.db, { now: () => new Date(Date.now() + 12 * 60 * MINUTE + MINUTE) });
    const res = await later.request(
      "/v1/auth/refresh",
      requestInit("POST", { body: { refreshToken: session.refreshToken } }),
    );
    await expectProblem(res, 401, "invalid_credentials");
  });
});

describe("POST /v1/auth/password", () => {
  const NEW_PASSWORD = "a brand new passphrase 42";

  it("needs the right current password", async () => {
    const user = await f.staff(["clerk"], { unitId: f.outletId });
    const session = await signIn(user);
    await expectProblem(
      await changePassword(session.accessToken, WRONG, NEW_PASSWORD),
      401,
      "invalid_credentials",
    );
    expect((await login(user.username, user.password)).status).toBe(200);
  });

  it("counts wrong current passwords toward the same lockout as logins", async () => {
    const user = await f.staff(["clerk"], { unitId: f.outletId });
    const session = await signIn(user);
    for (let i = 0; i < 10; i++) {
      await expectProblem(
        await changePassword(session.accessToken, WRONG, NEW_PASSWORD),
        401,
        "invalid_credentials",
      );
    }
    // Locked now: even the right current password is refused, and so is a login.
    await expectProblem(
      await changePassword(session.accessToken, user.password, NEW_PASSWORD),
      401,
      "invalid_credentials",
    );
    await expectProblem(await login(user.username, user.password), 401, "invalid_credentials");
    expect(await auditActions(user.id)).toContain("auth.locked");
  });

  it("refuses a new password shorter than 12 characters, or the same as the old one", async () => {
    const user = await f.staff(["clerk"], { unitId: f.outletId });
    const session = await signIn(user);
    await expectProblem(
      await changePassword(session.accessToken, user.password, "elevenchars"),
      400,
      "password_too_weak",
    );
    await expectProblem(
      await changePassword(session.accessToken, user.password, user.password),
      400,
      "password_too_weak",
    );
    // Nothing changed: the old password still works, and so does the session.
    expect((await login(user.username, user.password)).status).toBe(200);
    expect((await refresh(session.refreshToken)).status).toBe(200);
  });

  it("needs an access token", async () => {
    const res = await app.request(
      "/v1/auth/password",
      requestInit("POST", { body: { currentPassword: "whatever it is", newPassword: NEW_PASSWORD } }),
    );
    await expectProblem(res, 401, "unauthenticated");
  });

  it("changes it: the old password fails, the new one works, other sessions end, this one goes on", async () => {
    const user = await f.staff(["clerk"], { unitId: f.outletId });
    const session = await signIn(user);
    const otherSession = await signIn(user);

    const res = await changePassword(session.accessToken, user.password, NEW_PASSWORD);
    expect(res.status).toBe(204);

    await expectProblem(await login(user.username, user.password), 401, "invalid_credentials");
    const fresh = await signIn({ username: user.username, password: NEW_PASSWORD });
    // The session the change was made in goes on (its token names it); every other one ends.
    expect((await refresh(session.refreshToken)).status).toBe(200);
    await expectProblem(await refresh(otherSession.refreshToken), 401, "invalid_credentials");
    expect((await refresh(fresh.refreshToken)).status).toBe(200);
    expect(await auditActions(user.id)).toContain("auth.password_changed");
  });
});

describe("sign-in audit", () => {
  it("writes auth.login on success, auth.login_failed on failures and auth.locked on the 10th", async () => {
    const user = await f.staff(["clerk"], { unitId: f.outletId });
    await signIn(user);
    expect(await auditActions(user.id)).toEqual(["auth.login"]);

    for (let i = 1; i <= 10; i++) await login(user.username, WRONG);
    expect(await auditActions(user.id)).toEqual([
      "auth.login",
      ...Array.from({ length: 9 }, () => "auth.login_failed"),
      "auth.locked",
    ]);

    const [row] = await t.db.query<{
      actor_type: string;
      object_type: string;
      object_id: string;
      unit_id: string;
    }>(
      "SELECT actor_type, object_type, object_id, unit_id FROM audit_events WHERE actor_id = $1 AND action = 'auth.locked'",
      [user.id],
    );
    expect(row).toEqual({
      actor_type: "user",
      object_type: "staff_user",
      object_id: user.id,
      unit_id: f.outletId,
    });
  });

  it("no password and no token appears in any audit record", async () => {
    const user = await f.staff(["clerk"], { unitId: f.outletId });
    const newPassword = "another passphrase 4711";
    const wrongPassword = "wrong-password-marker-9f3k";
    const secrets: string[] = [user.password, newPassword, wrongPassword];

    await login(user.username, wrongPassword);
    const session = await signIn(user);
    secrets.push(session.accessToken, session.refreshToken);
    const rotated = (await (await refresh(session.refreshToken)).json()) as TokenPair;
    secrets.push(rotated.accessToken, rotated.refreshToken);
    expect((await changePassword(rotated.accessToken, user.password, newPassword)).status).toBe(204);
    const next = await signIn({ username: user.username, password: newPassword });
    secrets.push(next.accessToken, next.refreshToken);
    expect((await logout(next.refreshToken)).status).toBe(204);

    const rows = await t.db.query<{ json: string }>(
      "SELECT row_to_json(a)::text AS json FROM audit_events a",
    );
    const mine = rows.filter((r) => r.json.includes(user.id));
    expect(mine.length).toBeGreaterThanOrEqual(4);
    // Tokens are also checked by their parts: a logged signature or payload is as bad as the whole.
    const needles = secrets.flatMap((s) => (s.split(".").length === 3 ? [s, ...s.split(".")] : [s]));
    for (const { json } of rows) for (const needle of needles) expect(json).not.toContain(needle);
    // The refresh tokens are stored only as their SHA-256 hashes.
    const stored = await t.db.query<{ token_hash: string }>(
      "SELECT token_hash FROM refresh_tokens WHERE user_id = $1",
      [user.id],
    );
    for (const { token_hash } of stored) expect(token_hash).toMatch(/^[0-9a-f]{64}$/);
  });
});
