import { CLIENT_OPERATIONS, type ClientOperation, channelClients, type Db } from "@powercard/db";
import { eq } from "drizzle-orm";
import { ACCESS_TOKEN_TTL_SECONDS, issueAccessToken } from "../../shared/auth/access-tokens.ts";
import type { SigningKeyring } from "../../shared/auth/signing-keys.ts";
import { DomainError } from "../../shared/errors.ts";
import { verifyClientAssertion } from "./verify-client-assertion.ts";

export const CLIENT_ASSERTION_TYPE = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";

export interface TokenRequest {
  grant_type: string;
  client_assertion_type: string;
  client_assertion: string;
  scope?: string;
}

/**
 * OAuth 2.0 client credentials with private_key_jwt: a partner proves its identity with a signed
 * assertion and gets a 10-minute access token whose scopes are the operations it asked for
 * (all it is allowed, when it asks for none).
 */
export async function issuePartnerToken({
  ctx,
  input,
}: {
  ctx: { db: Db; signingKeys: SigningKeyring; now: Date; tokenEndpoint: string };
  input: TokenRequest;
}) {
  if (input.grant_type !== "client_credentials") throw new DomainError("unsupported_grant_type");
  if (input.client_assertion_type !== CLIENT_ASSERTION_TYPE) {
    throw new DomainError("invalid_client", {
      detail: `client_assertion_type must be ${CLIENT_ASSERTION_TYPE}`,
    });
  }
  const { clientId, keyId } = await verifyClientAssertion(
    ctx.db,
    input.client_assertion,
    ctx.tokenEndpoint,
    ctx.now,
  );
  const [client] = await ctx.db.orm.select().from(channelClients).where(eq(channelClients.id, clientId));
  if (client?.status !== "active")
    throw new DomainError("invalid_client", { detail: "The client is not active" });

  const requested = input.scope ? input.scope.split(" ").filter(Boolean) : client.allowedOperations;
  const unknown = requested.filter(
    (s) =>
      !CLIENT_OPERATIONS.includes(s as ClientOperation) ||
      !client.allowedOperations.includes(s as ClientOperation),
  );
  if (unknown.length > 0)
    throw new DomainError("invalid_scope", { detail: `Not allowed: ${unknown.join(" ")}` });
  const scope = [...new Set(requested)];
  return {
    access_token: await issueAccessToken(ctx.signingKeys, clientId, ctx.now, { scope, clientKeyId: keyId }),
    token_type: "Bearer" as const,
    expires_in: ACCESS_TOKEN_TTL_SECONDS,
    scope: scope.join(" "),
  };
}
