import { createMiddleware } from "hono/factory";
import type { AppEnv } from "../../app-env.ts";
import type { ClientAuthenticator } from "../../services/channels/authenticate-client.ts";
import { DomainError } from "../errors.ts";

/** The OpenAPI security scheme every channel route declares. */
export const CHANNEL_API_KEY = "ChannelApiKey";

/** Requires `Authorization: Bearer <api key>` of an active channel client. */
export function requireClient(authenticate: ClientAuthenticator) {
  return createMiddleware<AppEnv>(async (c, next) => {
    const header = c.req.header("Authorization") ?? "";
    const match = /^Bearer ([\x21-\x7e]{1,512})$/.exec(header);
    const client = match?.[1] ? await authenticate(match[1]) : null;
    if (!client) {
      c.header("WWW-Authenticate", 'Bearer realm="powercard"');
      throw new DomainError("unauthenticated");
    }
    c.set("client", client);
    await next();
  });
}
