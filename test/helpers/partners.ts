import { randomUUID } from "node:crypto";
import { issueAccessToken } from "@powercard/api";
import {
  type Channel,
  CLIENT_OPERATIONS,
  type ClientOperation,
  type Db,
  RECHARGE_CHANNEL_OPERATIONS,
} from "@powercard/db";
import { type generateKeyPair, SignJWT } from "jose";
import { FIXTURE_PARTNER_KEY_ID, type Fixtures, TEST_SIGNING_KEYS } from "./fixtures.ts";

/**
 * A partner's access token, as `POST /v1/oauth/token` issues it (that endpoint has its own tests).
 * Its scopes default to every operation, so the client's own operations decide what it may do;
 * it is bound to the fixture key every partner of `f.client("partner")` has registered.
 * Issue it with the app's clock (`now`): an access token lives 10 minutes and one from the future
 * is refused, so a test that moves the clock issues a token at the time it moves to.
 */
export function partnerToken(
  client: { id: string },
  now: Date = new Date(),
  scopes: readonly ClientOperation[] = CLIENT_OPERATIONS,
): Promise<string> {
  return issueAccessToken(TEST_SIGNING_KEYS, client.id, now, {
    scope: scopes,
    clientKeyId: FIXTURE_PARTNER_KEY_ID,
  });
}

/**
 * A partner client granted the given operations (default: all of them) and, optionally, a
 * webhook URL — set before its first request, since clients are cached once authenticated — with
 * an access token issued at `now` (default: the real time). Partners have no usable API key.
 */
export async function partnerClient(
  f: Fixtures,
  db: Db,
  options: {
    operations?: readonly ClientOperation[];
    webhookUrl?: string | null;
    rateLimitPerMinute?: number;
    now?: Date;
  } = {},
) {
  const { id } = await f.client("partner", { rateLimitPerMinute: options.rateLimitPerMinute });
  await db.query(
    "UPDATE channel_clients SET allowed_operations = $2::text[], webhook_url = $3 WHERE id = $1",
    [id, [...(options.operations ?? CLIENT_OPERATIONS)], options.webhookUrl ?? null],
  );
  return { id, channel: "partner" as const, token: await partnerToken({ id }, options.now) };
}

/**
 * A client of any channel given the recharge set of operations, and the bearer it sends: one of
 * our own channels its API key, a partner an access token.
 */
export async function channelClient(f: Fixtures, db: Db, channel: Channel) {
  if (channel === "partner") {
    const p = await partnerClient(f, db, { operations: RECHARGE_CHANNEL_OPERATIONS });
    return { id: p.id, channel, bearer: p.token };
  }
  const c = await f.client(channel);
  return { id: c.id, channel, bearer: c.apiKey };
}

/** What the ledger says about a customer's prepaid account and a partner's receivable. */
export async function ledgerFigures(db: Db, customerNo: string, clientId?: string) {
  const [row] = await db.query<{
    balance: string | number;
    prepaid: string | number;
    receivable: string | number;
  }>(
    `SELECT (SELECT balance_fen FROM accounts WHERE customer_no = $1) AS balance,
            (SELECT -COALESCE(sum(amount_fen), 0) FROM ledger_entries
              WHERE account = 'customer_prepaid' AND owner = $1) AS prepaid,
            (SELECT COALESCE(sum(amount_fen), 0) FROM ledger_entries
              WHERE account = 'partner_receivable' AND owner = $2) AS receivable`,
    [customerNo, clientId ?? ""],
  );
  return {
    balanceFen: Number(row?.balance),
    prepaidFen: Number(row?.prepaid),
    receivableFen: Number(row?.receivable),
  };
}

/** A partner's registered key as a test holds it: its id and the private key (never sent). */
export interface PartnerSigningKey {
  kid: string;
  privateKey: Awaited<ReturnType<typeof generateKeyPair>>["privateKey"];
}

/**
 * The partner's login as the quickstart does it: a private_key_jwt client assertion (RFC 7523)
 * signed by `key`, for `tokenEndpoint`, sent as the form the token endpoint takes. Returns the
 * request's init, to send with fetch (a real server) or app.request (in process).
 */
export async function tokenRequestInit(
  clientId: string,
  key: PartnerSigningKey,
  tokenEndpoint: string,
): Promise<RequestInit> {
  const now = Math.floor(Date.now() / 1000);
  const assertion = await new SignJWT({ jti: randomUUID() })
    .setProtectedHeader({ alg: "ES256", kid: key.kid })
    .setIssuer(clientId)
    .setSubject(clientId)
    .setAudience(tokenEndpoint)
    .setIssuedAt(now)
    .setExpirationTime(now + 60)
    .sign(key.privateKey);
  return {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({
      grant_type: "client_credentials",
      client_assertion_type: "urn:ietf:params:oauth:client-assertion-type:jwt-bearer",
      client_assertion: assertion,
    }).toString(),
  };
}
