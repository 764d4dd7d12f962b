// Powercard partner quickstart: token → preview (whose account?) → verify a card → recharge it → survive a timeout.
// Node 20+ and `npm install jose`. Settings come from the environment:
//   POWERCARD_URL      e.g. https://api.example.com (no trailing slash)
//   CLIENT_ID          your client id (cli_…)
//   PRIVATE_KEY_FILE   the file create-key.mjs wrote
//   CARD_NO, PIN, CUSTOMER_NO   the card and the customer to recharge
import { randomUUID } from "node:crypto";
import { readFile } from "node:fs/promises";
import { importJWK, SignJWT } from "jose";

const { POWERCARD_URL, CLIENT_ID, PRIVATE_KEY_FILE, CARD_NO, PIN, CUSTOMER_NO } = process.env;
const RECHARGE_TIMEOUT_MS = Number(process.env.RECHARGE_TIMEOUT_MS ?? 10_000);

// 1. Sign a client assertion: a JWT that only your private key can produce, valid 2 minutes, used once.
const privateJwk = JSON.parse(await readFile(PRIVATE_KEY_FILE, "utf8"));
const tokenUrl = `${POWERCARD_URL}/v1/oauth/token`;
const assertion = await new SignJWT({})
  .setProtectedHeader({ alg: "ES256", kid: privateJwk.kid, typ: "JWT" })
  .setIssuer(CLIENT_ID)
  .setSubject(CLIENT_ID)
  .setAudience(tokenUrl)
  .setIssuedAt()
  .setExpirationTime("2m")
  .setJti(randomUUID())
  .sign(await importJWK(privateJwk, "ES256"));

// 2. Trade it for a 10-minute access token (reuse the token until it expires).
const tokenResponse = await fetch(tokenUrl, {
  method: "POST",
  body: new URLSearchParams({
    grant_type: "client_credentials",
    client_assertion_type: "urn:ietf:params:oauth:client-assertion-type:jwt-bearer",
    client_assertion: assertion,
  }),
});
const { access_token: accessToken } = await answer(tokenResponse);

// 3. Preview before any money moves: the masked name (and address) of the customer number and the
//    card's value. Show the name to your customer and go on only when they confirm it.
const preview = await answer(
  await call("POST", "/v1/recharge-previews", { customerNo: CUSTOMER_NO, cardNo: CARD_NO }),
);
console.log(
  `account ${preview.customer.customerNo}: ${preview.customer.name}, ${preview.customer.address ?? "no address"}`,
);
if (!preview.canRecharge) {
  console.log(`cannot recharge: ${preview.refusal}`);
  process.exit(1);
}

// 4. Verify the card: its face value, and whether it can be recharged. The card is not used.
const card = await answer(await call("POST", "/v1/cards/verify", { cardNo: CARD_NO, pin: PIN }));
console.log(`card ${card.cardNo}: ${card.faceValueFen / 100} yuan, state ${card.state}`);
if (!card.redeemable) process.exit(1);

// 5. Recharge. Make the Idempotency-Key once per recharge and store it with your order first:
//    every retry of this recharge sends the same key, so it can never be credited twice.
const idempotencyKey = randomUUID();
const recharge = await rechargeCard({ cardNo: CARD_NO, pin: PIN, customerNo: CUSTOMER_NO }, idempotencyKey);
console.log(`recharged ${recharge.id}: +${recharge.amountFen} fen, balance ${recharge.balanceFen} fen`);

async function rechargeCard(body, key) {
  for (let attempt = 1; attempt <= 3; attempt++) {
    try {
      const response = await call(
        "POST",
        "/v1/recharges",
        body,
        { "Idempotency-Key": key },
        RECHARGE_TIMEOUT_MS,
      );
      return await answer(response);
    } catch (error) {
      // A timeout, a broken connection or a 5xx leaves the outcome unknown; a 4xx is a real refusal.
      const unknown = error.name === "TimeoutError" || error.name === "TypeError" || error.status >= 500;
      if (!unknown) throw error;
      // 6. The recharge may or may not have happened. Ask by the key.
      console.log(`no answer (${error.message}); looking the recharge up by its key`);
      const outcome = await lookUp(key);
      if (outcome) return outcome;
      // 404: it never took effect. Send the same request again, with the same key.
    }
  }
  throw new Error("no answer after 3 attempts: look the recharge up later by its Idempotency-Key");
}

async function lookUp(key) {
  for (;;) {
    const response = await call("GET", `/v1/recharges/by-idempotency-key/${encodeURIComponent(key)}`);
    if (response.status === 404) return null;
    const found = await answer(response);
    if (found.status === "succeeded") return found.recharge;
    if (found.status === "failed") throw new Error(`recharge refused: ${found.error.code}`);
    await new Promise((resolve) => setTimeout(resolve, 1000)); // in_progress: ask again shortly
  }
}

function call(method, path, body, headers = {}, timeoutMs = 10_000) {
  return fetch(`${POWERCARD_URL}${path}`, {
    method,
    headers: {
      Authorization: `Bearer ${accessToken}`,
      ...(body ? { "Content-Type": "application/json" } : {}),
      ...headers,
    },
    body: body ? JSON.stringify(body) : undefined,
    signal: AbortSignal.timeout(timeoutMs),
  });
}

/** The JSON body of a 2xx answer; otherwise an error carrying the problem's stable `code`. */
async function answer(response) {
  const body = await response.json();
  if (response.ok) return body;
  const problem = new Error(`${response.status} ${body.code}: ${body.detail}`);
  throw Object.assign(problem, { status: response.status, code: body.code });
}
