import { z } from "@hono/zod-openapi";
import { STAFF_ROLES } from "@powercard/db";
import { defineRoute } from "../../http/define-route.ts";
import { jsonBody, jsonResponse, problemResponses } from "../../http/openapi.ts";
import { TokenPairSchema } from "../../services/auth/token-pair-view.ts";

const tags = ["Staff sign-in"];
const ALL_STAFF = STAFF_ROLES;

const RefreshSchema = z.strictObject({ refreshToken: z.string().min(10).max(200) });
const CookieRefreshSchema = z.strictObject({
  refreshToken: z.string().min(10).max(200).optional().openapi({
    description: "Required unless the session is in cookie mode (then send `{}`).",
  }),
});

const SessionModeHeaders = z.object({
  "x-session-mode": z
    .enum(["cookie"])
    .optional()
    .openapi({
      description:
        "`cookie`: the refresh token travels in an httpOnly, Secure, SameSite=Strict cookie scoped to " +
        "/v1/auth/refresh instead of the JSON body (for the staff console in a browser).",
    }),
});

export const login = defineRoute({
  access: { public: true },
  method: "post",
  path: "/v1/auth/login",
  operationId: "login",
  tags,
  summary: "Sign in with username and password",
  description:
    "Any failure answers `invalid_credentials`, whether the user exists or not. Ten failures in a row lock " +
    "the account for 30 minutes.",
  request: {
    headers: SessionModeHeaders,
    body: jsonBody(
      z
        .strictObject({ username: z.string().min(1).max(64), password: z.string().min(1).max(256) })
        .openapi("LoginRequest"),
      "Credentials.",
    ),
  },
  responses: { 200: jsonResponse(TokenPairSchema, "Signed in."), ...problemResponses("invalid_credentials") },
});

export const refresh = defineRoute({
  access: { public: true },
  method: "post",
  path: "/v1/auth/refresh",
  operationId: "refreshSession",
  tags,
  summary: "Trade a refresh token for a new token pair",
  description:
    "Each refresh token works once. Presenting a spent one again revokes the whole session. In cookie mode " +
    "the token comes from the cookie, only with `X-Session-Mode: cookie` and from this site's own Origin " +
    "(else 403), and the new one goes back into the cookie.",
  request: {
    headers: SessionModeHeaders,
    body: jsonBody(CookieRefreshSchema, "The refresh token, or `{}`."),
  },
  responses: {
    200: jsonResponse(TokenPairSchema, "A new pair."),
    ...problemResponses("validation_failed", "invalid_credentials", "forbidden"),
  },
});

export const endCookieSession = defineRoute({
  access: { public: true },
  method: "delete",
  path: "/v1/auth/refresh",
  operationId: "endCookieSession",
  tags,
  summary: "Sign out a cookie-mode session",
  description:
    "Ends the session whose refresh token is in the cookie (as `POST /v1/auth/logout` does for a token in " +
    "the body) and clears the cookie. Needs `X-Session-Mode: cookie` and this site's Origin, like refresh.",
  request: { headers: SessionModeHeaders },
  responses: {
    204: { description: "Signed out." },
    ...problemResponses("validation_failed", "invalid_credentials", "forbidden"),
  },
});

export const logout = defineRoute({
  access: { public: true },
  method: "post",
  path: "/v1/auth/logout",
  operationId: "logout",
  tags,
  summary: "End a session",
  request: { body: jsonBody(RefreshSchema, "The session's current refresh token.") },
  responses: { 204: { description: "Signed out." }, ...problemResponses("invalid_credentials") },
});

export const changePassword = defineRoute({
  access: { roles: ALL_STAFF },
  method: "post",
  path: "/v1/auth/password",
  operationId: "changePassword",
  tags,
  summary: "Change your own password (ends your other sessions)",
  description:
    "The current password is required, and counts toward the sign-in lockout when wrong. The new one must " +
    "have at least 12 characters and differ from the current one. Every other session of yours ends at once " +
    "(their refresh tokens are revoked); the one you are signed in with goes on.",
  request: {
    body: jsonBody(
      z.strictObject({
        currentPassword: z.string().min(1).max(256),
        newPassword: z.string().min(1).max(256),
      }),
      "The current and the new password (at least 12 characters).",
    ),
  },
  responses: {
    204: { description: "Changed." },
    ...problemResponses("invalid_credentials", "password_too_weak", "forbidden"),
  },
});

export const me = defineRoute({
  access: { roles: ALL_STAFF },
  method: "get",
  path: "/v1/me",
  operationId: "getMe",
  tags,
  summary: "Who you are: user, unit and roles",
  responses: {
    200: jsonResponse(
      z
        .object({
          id: z.string(),
          username: z.string(),
          displayName: z.string().openapi({ description: "The name to show.", example: "王晓丽" }),
          unitId: z.string(),
          roles: z.array(z.enum(STAFF_ROLES)),
        })
        .openapi("Me"),
      "The signed-in user.",
    ),
    ...problemResponses("forbidden"),
  },
});
