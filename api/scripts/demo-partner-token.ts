// `npm run demo:token [-- --url http://127.0.0.1:3000]` — DEVELOPMENT ONLY.
// Gets an access token for the demo bank (cli_demo_bank) from a running `npm start`, the way a
// partner does: a private_key_jwt assertion signed with the development key in DATA_DIR/secrets.
import { parseArgs } from "node:util";
import { demoPartnerAssertion } from "../src/demo-partner-key.ts";
import { loadEnv, publicOrigin } from "../src/env.ts";

const env = loadEnv();
const { values } = parseArgs({ options: { url: { type: "string" } } });
// The server's audience is the same: PUBLIC_BASE_URL, else where it listens.
const base = (values.url ?? publicOrigin(env)).replace(/\/$/, "");
const tokenEndpoint = `${base}/v1/oauth/token`;

let assertion: string;
try {
  assertion = await demoPartnerAssertion(env.DATA_DIR, tokenEndpoint);
} catch {
  console.error(`No demo bank key in ${env.DATA_DIR}/secrets: start the demo world first (npm start).`);
  process.exit(1);
}
const res = await fetch(tokenEndpoint, {
  method: "POST",
  headers: { "Content-Type": "application/x-www-form-urlencoded" },
  body: new URLSearchParams({
    grant_type: "client_credentials",
    client_assertion_type: "urn:ietf:params:oauth:client-assertion-type:jwt-bearer",
    client_assertion: assertion,
  }),
}).catch((error: Error) => {
  console.error(`Cannot reach ${tokenEndpoint}: ${error.message}. Is npm start running?`);
  process.exit(1);
});
const body = (await res.json()) as { access_token?: string; expires_in?: number; detail?: string };
if (!res.ok || !body.access_token) {
  console.error(`The token endpoint answered ${res.status}: ${body.detail ?? JSON.stringify(body)}`);
  process.exit(1);
}
// Only the token on stdout, so that TOKEN=$(npm run -s demo:token) works.
console.error(`Access token of cli_demo_bank (${body.expires_in} s), for Authorization: Bearer …`);
console.log(body.access_token);
