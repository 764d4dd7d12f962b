import { createMiddleware } from "hono/factory";
import type { AppEnv } from "../../app-env.ts";
import type { ClientAuthenticator } from "../../services/channels/authenticate-client.ts";
import type { StaffLoader } from "../../services/staff/load-staff-principal.ts";
import { DomainError } from "../errors.ts";
import { verifyAccessToken } from "./access-tokens.ts";
import type { SigningKeyring } from "./signing-keys.ts";

/**
 * Reads `Authorization: Bearer …` and sets the principal: an API key (pk_…) names a channel
 * client, anything else must be a staff access token. A credential that is present but invalid
 * is a 401 at once; an absent one is left to each route's access rule.
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
      const principal = !token
        ? null
        : token.startsWith("pk_")
          ? await deps.clients(token)
          : await verifyAccessToken(deps.keys, token, deps.now()).then((userId) =>
              userId ? deps.staff(userId) : null,
            );
      if (!principal) {
        c.header("WWW-Authenticate", 'Bearer realm="powercard", error="invalid_token"');
        throw new DomainError("unauthenticated");
      }
      c.set("principal", principal);
    }
    await next();
  });
}
