// Creates your signing key pair (ES256). Keep the private key file secret, on your servers only;
// send the public JWK it prints to the utility, which registers it for your client id.
// Usage: node create-key.mjs partner-key.json
import { writeFile } from "node:fs/promises";
import { calculateJwkThumbprint, exportJWK, generateKeyPair } from "jose";

const file = process.argv[2] ?? "partner-key.json";
const { privateKey, publicKey } = await generateKeyPair("ES256", { extractable: true });
const publicJwk = await exportJWK(publicKey);
// The key id Powercard will know the key by: its RFC 7638 thumbprint.
const kid = await calculateJwkThumbprint(publicJwk);

await writeFile(file, JSON.stringify({ ...(await exportJWK(privateKey)), kid, alg: "ES256" }), {
  mode: 0o600,
});
console.log(JSON.stringify({ ...publicJwk, kid, alg: "ES256" }));
