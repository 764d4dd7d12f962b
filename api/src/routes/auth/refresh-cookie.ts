import type { Context } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import { REFRESH_TOKEN_TTL_MS } from "../../services/auth/refresh-tokens.ts";
import { DomainError } from "../../shared/errors.ts";

/**
 * Cookie mode for the staff console: the browser never sees the refresh token. A client asks for
 * it with `X-Session-Mode: cookie`; login and refresh then put the token in an httpOnly, Secure,
 * SameSite=Strict cookie that only the refresh route receives, and leave it out of the body.
 *
 * CSRF: SameSite=Strict keeps the cookie off cross-site requests; on top of that the cookie is read
 * only when the custom header is present (a cross-origin page cannot send it without a CORS
 * preflight, which this API never grants) and the Origin, when sent, is this very origin.
 */
export const SESSION_MODE_HEADER = "X-Session-Mode";
/** The __Secure- prefix makes the browser refuse the cookie unless it was set with Secure. */
export const REFRESH_COOKIE = "__Secure-powercard-refresh";
export const REFRESH_COOKIE_PATH = "/v1/auth/refresh";

export const wantsCookieMode = (c: Context) => c.req.header(SESSION_MODE_HEADER)?.toLowerCase() === "cookie";

export function setRefreshCookie(c: Context, refreshToken: string) {
  setCookie(c, "powercard-refresh", refreshToken, {
    prefix: "secure",
    httpOnly: true,
    secure: true,
    sameSite: "Strict",
    path: REFRESH_COOKIE_PATH,
    maxAge: REFRESH_TOKEN_TTL_MS / 1000,
  });
}

export function clearRefreshCookie(c: Context) {
  deleteCookie(c, "powercard-refresh", {
    prefix: "secure",
    secure: true,
    httpOnly: true,
    sameSite: "Strict",
    path: REFRESH_COOKIE_PATH,
  });
}

/**
 * The refresh token a request presents: the body's; else, in cookie mode only, the cookie's after
 * the CSRF checks (`forbidden` when the Origin is another site, `invalid_credentials` when there
 * is no cookie). Without cookie mode the body's token is required, as it always was (400).
 */
export function presentedRefreshToken(c: Context, body: { refreshToken?: string }): string {
  if (body.refreshToken) return body.refreshToken;
  if (!wantsCookieMode(c)) {
    throw new DomainError("validation_failed", {
      fieldErrors: [
        { field: "refreshToken", message: `required unless ${SESSION_MODE_HEADER}: cookie is sent` },
      ],
    });
  }
  const token = refreshTokenFromCookie(c);
  if (!token) throw new DomainError("invalid_credentials");
  return token;
}

function refreshTokenFromCookie(c: Context): string | undefined {
  const origin = c.req.header("Origin");
  // Hosts, not origins: behind a TLS-terminating proxy the API sees http:// for an https:// page.
  if (origin && safeHost(origin) !== new URL(c.req.url).host) {
    throw new DomainError("forbidden", { detail: "The Origin is not this site." });
  }
  return getCookie(c, "powercard-refresh", "secure");
}

function safeHost(origin: string): string | null {
  try {
    return new URL(origin).host;
  } catch {
    return null;
  }
}
