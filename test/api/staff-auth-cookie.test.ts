import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Problem, Schemas } from "../helpers/api-client.ts";
import { buildApp, requestInit } from "../helpers/app.ts";
import { createTestDatabase, type TestDatabase } from "../helpers/database.ts";
import { Fixtures } from "../helpers/fixtures.ts";

/**
 * Cookie mode of staff sign-in (the console's): the refresh token lives in an httpOnly, Secure,
 * SameSite=Strict cookie scoped to /v1/auth/refresh, never in a body; refresh reads it only with
 * the custom header and from this origin; DELETE /v1/auth/refresh ends the session and clears it.
 * The body mode is in staff-auth.test.ts and unchanged.
 */
let t: TestDatabase;
let f: Fixtures;
let app: ReturnType<typeof buildApp>;
let user: Awaited<ReturnType<Fixtures["staff"]>>;

beforeAll(async () => {
  t = await createTestDatabase();
  f = await Fixtures.create(t.db);
  app = buildApp(t.db);
  user = await f.staff(["clerk"], { unitId: f.outletId });
});
afterAll(() => t.close());

const COOKIE_MODE = { "X-Session-Mode": "cookie" };
const ORIGIN = "http://localhost";

const loginInCookieMode = () =>
  app.request(
    "/v1/auth/login",
    requestInit("POST", {
      headers: COOKIE_MODE,
      body: { username: user.username, password: user.password },
    }),
  );

/** The cookie's value and attributes from a Set-Cookie header. */
function refreshCookie(res: Response) {
  const header = res.headers.get("set-cookie") ?? "";
  const match = /^__Secure-powercard-refresh=([^;]*);(.*)$/.exec(header);
  if (!match) throw new Error(`no refresh cookie in ${JSON.stringify(header)}`);
  const attributes = (match[2] ?? "").split(";").map((a) => a.trim().toLowerCase());
  return { value: match[1] ?? "", attributes };
}

const withCookie = (value: string, headers: Record<string, string> = { ...COOKIE_MODE, Origin: ORIGIN }) => ({
  ...headers,
  Cookie: `__Secure-powercard-refresh=${value}`,
});

const refreshWith = (headers: Record<string, string>) =>
  app.request("/v1/auth/refresh", requestInit("POST", { headers, body: {} }));

async function code(res: Response) {
  return ((await res.json()) as Problem).code;
}

describe("cookie mode", () => {
  it("login sets the refresh cookie (httpOnly, Secure, SameSite=Strict, refresh path) and leaves it out of the body", async () => {
    const res = await loginInCookieMode();
    expect(res.status).toBe(200);
    const body = (await res.json()) as Record<string, unknown>;
    expect(body).toEqual({ accessToken: expect.any(String), tokenType: "Bearer", expiresIn: 600 });
    const cookie = refreshCookie(res);
    expect(cookie.value).toMatch(/^rt_[\w-]{20,}$/);
    expect(cookie.attributes).toEqual(
      expect.arrayContaining([
        "httponly",
        "secure",
        "samesite=strict",
        "path=/v1/auth/refresh",
        "max-age=43200",
      ]),
    );
  });

  it("refresh reads the cookie, rotates it, and the old one is spent", async () => {
    const first = refreshCookie(await loginInCookieMode()).value;
    const res = await refreshWith(withCookie(first));
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("no-store");
    const pair = (await res.json()) as Record<string, unknown>;
    expect(pair).not.toHaveProperty("refreshToken");
    const second = refreshCookie(res).value;
    expect(second).not.toBe(first);
    const me = await app.request("/v1/me", requestInit("GET", { token: String(pair.accessToken) }));
    expect(me.status).toBe(200);

    // The spent cookie fails, and the failure clears the cookie in the browser.
    const replay = await refreshWith(withCookie(first));
    expect(replay.status).toBe(401);
    expect(await code(replay)).toBe("invalid_credentials");
    expect(refreshCookie(replay).attributes).toContain("max-age=0");
  });

  it("without the custom header the cookie is not read; from another Origin it is refused", async () => {
    const token = refreshCookie(await loginInCookieMode()).value;
    const noHeader = await refreshWith(withCookie(token, { Origin: ORIGIN }));
    expect(noHeader.status).toBe(400);
    expect(await code(noHeader)).toBe("validation_failed");

    const crossSite = await refreshWith(
      withCookie(token, { ...COOKIE_MODE, Origin: "https://evil.example" }),
    );
    expect(crossSite.status).toBe(403);
    expect(await code(crossSite)).toBe("forbidden");

    // Neither attempt spent the token.
    expect((await refreshWith(withCookie(token))).status).toBe(200);
  });

  it("an empty body with no cookie is invalid_credentials", async () => {
    const res = await refreshWith({ ...COOKIE_MODE, Origin: ORIGIN });
    expect(res.status).toBe(401);
    expect(await code(res)).toBe("invalid_credentials");
  });

  it("DELETE /v1/auth/refresh ends the session, clears the cookie and is audited as a logout", async () => {
    const token = refreshCookie(await loginInCookieMode()).value;
    const res = await app.request("/v1/auth/refresh", { method: "DELETE", headers: withCookie(token) });
    expect(res.status).toBe(204);
    expect(refreshCookie(res).attributes).toContain("max-age=0");
    expect((await refreshWith(withCookie(token))).status).toBe(401);
    const [row] = await t.db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM audit_events WHERE actor_id = $1 AND action = 'auth.logout'",
      [user.id],
    );
    expect(row?.n).toBeGreaterThanOrEqual(1);

    // Without a cookie there is no session to end.
    const none = await app.request("/v1/auth/refresh", {
      method: "DELETE",
      headers: { ...COOKIE_MODE, Origin: ORIGIN },
    });
    expect(none.status).toBe(401);
  });

  it("the body mode still answers the refresh token in the body", async () => {
    const res = await app.request(
      "/v1/auth/login",
      requestInit("POST", { body: { username: user.username, password: user.password } }),
    );
    expect(res.headers.get("set-cookie")).toBeNull();
    expect(((await res.json()) as Schemas["TokenPair"]).refreshToken).toMatch(/^rt_/);
  });
});
