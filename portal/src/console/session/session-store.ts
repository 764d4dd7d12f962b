import { ApiError, api, type Schemas, setAccessTokenSource, unwrap } from "../api/client.ts";

/**
 * The staff session in the browser. The access token lives in this module's memory only; the
 * refresh token is in an httpOnly cookie the page cannot read (cookie mode of /v1/auth/*). The
 * session renews itself a minute before the access token expires, and on a page load it resumes
 * from the cookie, so a clerk signs in once a day, not every 10 minutes.
 */
export type Me = Schemas["Me"];
export type Unit = Schemas["Unit"];

export type SessionState =
  | { status: "resuming" }
  | { status: "signed-out"; ended?: "session_ended" }
  | { status: "signed-in"; me: Me; unit: Unit | null };

const COOKIE_MODE = { "x-session-mode": "cookie" } as const;
/** Renew this long before the access token expires; retry a failed renewal this often. */
const RENEW_AHEAD_MS = 60_000;
const RETRY_MS = 15_000;

let state: SessionState = { status: "resuming" };
let accessToken: string | null = null;
let renewTimer: ReturnType<typeof setTimeout> | undefined;
const listeners = new Set<() => void>();

setAccessTokenSource(() => accessToken);

function set(next: SessionState) {
  state = next;
  for (const listener of listeners) listener();
}

export const sessionStore = {
  get: () => state,
  subscribe(listener: () => void) {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};

/**
 * Two tabs of the console share one cookie; a refresh token works once, so two renewals at the
 * same moment would look like a replay and end the session. The Web Locks API runs them in turn.
 */
function oneAtATime<T>(work: () => Promise<T>): Promise<T> {
  const locks = typeof navigator !== "undefined" ? navigator.locks : undefined;
  return locks ? (locks.request("powercard-session-refresh", work) as Promise<T>) : work();
}

function refreshFromCookie() {
  return oneAtATime(() =>
    unwrap(api.POST("/v1/auth/refresh", { params: { header: COOKIE_MODE }, body: {} })),
  );
}

async function startSession(pair: { accessToken: string; expiresIn: number }) {
  accessToken = pair.accessToken;
  scheduleRenewal(pair.expiresIn * 1000);
  const me = await unwrap(api.GET("/v1/me"));
  // The unit's name for the header; the console works without it.
  const unit = await unwrap(api.GET("/v1/units/{unitId}", { params: { path: { unitId: me.unitId } } })).catch(
    () => null,
  );
  set({ status: "signed-in", me, unit });
}

function scheduleRenewal(expiresInMs: number) {
  clearTimeout(renewTimer);
  const expiresAt = Date.now() + expiresInMs;
  const renew = async () => {
    try {
      const pair = await refreshFromCookie();
      accessToken = pair.accessToken;
      scheduleRenewal(pair.expiresIn * 1000);
    } catch (error) {
      // The network may come back before the token expires; the server's "no" is final.
      if (
        error instanceof ApiError &&
        error.problem.code === "network" &&
        Date.now() + RETRY_MS < expiresAt
      ) {
        renewTimer = setTimeout(renew, RETRY_MS);
      } else end("session_ended");
    }
  };
  renewTimer = setTimeout(renew, Math.max(expiresInMs - RENEW_AHEAD_MS, 5_000));
}

function end(ended?: "session_ended") {
  clearTimeout(renewTimer);
  accessToken = null;
  set({ status: "signed-out", ended });
}

/** On page load: a session kept in the cookie goes on; no cookie (or a dead one) shows sign-in. */
export async function resumeSession(): Promise<void> {
  try {
    await startSession(await refreshFromCookie());
  } catch {
    end();
  }
}

/** Signs in; throws ApiError (e.g. invalid_credentials) for the screen to put into words. */
export async function signIn(username: string, password: string): Promise<void> {
  const pair = await unwrap(
    api.POST("/v1/auth/login", { params: { header: COOKIE_MODE }, body: { username, password } }),
  );
  await startSession(pair);
}

/** Ends the session on the server (refresh token revoked, cookie cleared) and here. */
export async function signOut(): Promise<void> {
  try {
    // A DELETE without a body still has an (empty) body stream on the Node server, which the API
    // answers 415 unless it is declared JSON.
    await unwrap(
      api.DELETE("/v1/auth/refresh", {
        params: { header: COOKIE_MODE },
        headers: { "Content-Type": "application/json" },
      }),
    );
  } finally {
    end();
  }
}
