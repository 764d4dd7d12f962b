// Powercard: fetch a business day's reconciliation file, verify it, and check its totals.
// Node 20+ and `npm install jose`. Settings come from the environment:
//   POWERCARD_URL   e.g. https://api.example.com (no trailing slash)
//   ACCESS_TOKEN    an access token with the scope reconciliation:read (see the quickstart)
//   CLIENT_ID       your client id (cli_…): the file must be yours
//   DATE            the business day, Asia/Shanghai, e.g. 2026-11-26
import { compactVerify, createRemoteJWKSet } from "jose";

const { POWERCARD_URL, ACCESS_TOKEN, CLIENT_ID, DATE } = process.env;

// 1. Fetch the file: a compact JWS (Content-Type: application/jose).
const response = await fetch(`${POWERCARD_URL}/v1/reconciliation/${DATE}`, {
  headers: { Authorization: `Bearer ${ACCESS_TOKEN}` },
});
if (!response.ok) throw new Error(`${response.status}: ${await response.text()}`);
const jws = await response.text();

// 2. Verify the signature with Powercard's published keys (chosen by kid), EdDSA only,
//    and that it is a reconciliation file for this client and this day.
const jwks = createRemoteJWKSet(new URL(`${POWERCARD_URL}/.well-known/jwks.json`));
const { payload, protectedHeader } = await compactVerify(jws, jwks, { algorithms: ["EdDSA"] });
if (protectedHeader.typ !== "powercard-reconciliation+jws") throw new Error("not a reconciliation file");
const file = JSON.parse(new TextDecoder().decode(payload));
if (file.clientId !== CLIENT_ID) throw new Error(`the file is for ${file.clientId}, not for ${CLIENT_ID}`);
if (file.businessDate !== DATE) throw new Error(`the file is for ${file.businessDate}, not for ${DATE}`);

// 3. Recount the lines: the totals must be their sums. Then match each line to your own orders
//    by its idempotencyKey (and a top-up's partnerReference).
const sum = (lines) => ({
  count: lines.length,
  amountFen: lines.reduce((total, l) => total + l.amountFen, 0),
});
const recounted = { recharges: sum(file.recharges), topups: sum(file.topups) };
for (const kind of ["recharges", "topups"]) {
  const stated = file.totals[kind];
  if (stated.count !== recounted[kind].count || stated.amountFen !== recounted[kind].amountFen)
    throw new Error(
      `${kind}: the file states ${JSON.stringify(stated)}, its lines add up to ${JSON.stringify(recounted[kind])}`,
    );
}
console.log(
  `verified ${file.businessDate} (key ${protectedHeader.kid}): ` +
    `${recounted.recharges.count} recharges ${recounted.recharges.amountFen} fen, ` +
    `${recounted.topups.count} top-ups ${recounted.topups.amountFen} fen, ` +
    `net payable ${file.totals.netPayableFen} fen`,
);
