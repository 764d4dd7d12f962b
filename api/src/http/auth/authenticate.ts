import type { Channel } from "@powercard/db";
import { createMiddleware } from "hono/factory";
import type { ClientAuthenticator } from "../../services/channels/authenticate-client.ts";
import type { StaffLoader } from "../../services/staff/load-staff-principal.ts";
import { type VerifiedToken, verifyAccessToken } from "../../shared/auth/access-tokens.ts";
import type { Principal } from "../../shared/auth/principal.ts";
import type { SigningKeyring } from "../../shared/auth/signing-keys.ts";
import { DomainError } from "../../shared/errors.ts";
import type { AppEnv } from "../app-env.ts";

/**
 * The principal behind a verified access token: a partner client (sub cli_…, allowed only the
 * intersection of its operations and the token's scopes) or a staff user.
 */
async function principalOf(
  verified: VerifiedToken | null,
  deps: { clients: ClientAuthenticator; staff: StaffLoader },
): Promise<Principal | null> {
  if (!verified) return null;
  if (verified.subject.startsWith("cli_")) {
    if (verified.scope === null || verified.clientKeyId === null) return null;
    const client = await deps.clients.byToken(verified.subject, verified.clientKeyId, verified.issuedAtMs);
    if (!client) return null;
    const scope = verified.scope;
    return { ...client, operations: client.operations.filter((op) => scope.includes(op)) };
  }
  if (verified.scope !== null) return null;
  const user = await deps.staff(verified.subject);
  return user && verified.sessionId ? { ...user, sessionId: verified.sessionId } : user;
}

/**
 * API keys are kept for the utility's own channels only (counter, IVR, SMS, web: systems on our
 * network that a sysadmin registers and rotates). A partner bank or telco is outside it and must
 * prove its key on every token request (private_key_jwt), so its API key is refused even if valid.
 */
export const API_KEY_CHANNELS: readonly Channel[] = ["counter", "ivr", "sms", "web"];

export const API_KEY_REFUSED_DETAIL =
  "API keys are accepted only from the utility's own channels. Get an access token from " +
  "POST /v1/oauth/token (grant_type=client_credentials with a private_key_jwt client assertion " +
  "signed by your registered key) and send it as Authorization: Bearer <access_token>.";

/**
 * Reads `Authorization: Bearer …` and sets the principal: an API key (pk_…) names one of our own
 * channel clients, anything else must be an access token (staff, or a partner's from the token
 * endpoint). A credential that is present but invalid is a 401 at once; an absent one is left to
 * each route's access rule.
 */
export function authenticate(deps: {
  clients: ClientAuthenticator;
  staff: StaffLoader;
  keys: SigningKeyring;
  now: () => Date;
}) {
  return createMiddleware<AppEnv>(async (c, next) => {
    const header = c.req.header("Authorization");
    if (header !== undefined) {
      const token = /^Bearer ([\x21-\x7e]{1,4096})$/i.exec(header)?.[1];
      const apiKey = token?.startsWith("pk_") ? token : null;
      // A cached channel client comes without a promise: no await on the recharge hot path.
      const found = !token
        ? null
        : apiKey
          ? deps.clients.byApiKey(apiKey)
          : verifyAccessToken(deps.keys, token, deps.now()).then((verified) => principalOf(verified, deps));
      const principal = found instanceof Promise ? await found : found;
      if (!principal) {
        c.header("WWW-Authenticate", 'Bearer realm="powercard", error="invalid_token"');
        throw new DomainError("unauthenticated");
      }
      if (apiKey && principal.kind === "client" && !API_KEY_CHANNELS.includes(principal.channel)) {
        c.header("WWW-Authenticate", 'Bearer realm="powercard", error="invalid_token"');
        throw new DomainError("api_key_not_accepted", { detail: API_KEY_REFUSED_DETAIL });
      }
      c.set("principal", principal);
    }
    await next();
  });
}
