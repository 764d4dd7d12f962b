// `npm run cluster`: three API instances behind HAProxy on DATABASE_URL (PostgreSQL), until Ctrl-C.
// BALANCER_PORT (default 8080) is where clients connect; the instances take free ports.
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { generateSigningJwk } from "@powercard/api";
import { type ClusterSecrets, startCluster } from "../helpers/cluster.ts";

const databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl?.startsWith("postgres")) {
  console.error(
    "npm run cluster needs DATABASE_URL=postgres://… : the instances share one PostgreSQL (PGlite is one process's).\n" +
      "npm run cluster 需要 DATABASE_URL=postgres://…：各实例共用一个 PostgreSQL（PGlite 只属于一个进程）。",
  );
  process.exit(2);
}
const root = new URL("../../", import.meta.url).pathname;
const dataDir = process.env.DATA_DIR ?? join(root, ".data", "cluster");

/**
 * The keys all three instances share, kept in the data folder across runs (development only:
 * production passes PIN_HMAC_KEYS, PIN_HMAC_KEY_ID and STAFF_SIGNING_KEYS_FILE, and so may you).
 */
async function sharedSecrets(): Promise<ClusterSecrets> {
  const dir = join(dataDir, "cluster-secrets");
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const pinFile = join(dir, "pin-hmac-keys.json");
  if (!existsSync(pinFile))
    writeFileSync(
      pinFile,
      JSON.stringify({ keyId: "dev1", keys: `dev1:${randomBytes(32).toString("base64")}` }),
      {
        mode: 0o600,
      },
    );
  const signingKeysFile = process.env.STAFF_SIGNING_KEYS_FILE ?? join(dir, "staff-signing-keys.json");
  if (!existsSync(signingKeysFile))
    writeFileSync(signingKeysFile, JSON.stringify([await generateSigningJwk()]), { mode: 0o600 });
  const pin = JSON.parse(readFileSync(pinFile, "utf8")) as { keyId: string; keys: string };
  return {
    pinKeys: process.env.PIN_HMAC_KEYS ?? pin.keys,
    pinKeyId: process.env.PIN_HMAC_KEY_ID ?? pin.keyId,
    signingKeysFile,
  };
}

const cluster = await startCluster({
  databaseUrl,
  secrets: await sharedSecrets(),
  dataDir,
  balancerPort: Number(process.env.BALANCER_PORT ?? 8080),
  seedDemo: true,
  logLevel: process.env.LOG_LEVEL ?? "warn",
});
// The first instance's banner, with its address replaced by the balancer's: the demo data and
// the example request go through the balancer too.
const first = cluster.instances[0]?.url ?? "";
console.log(cluster.banner.replaceAll(first, cluster.url).trimEnd());
console.log(
  [
    "",
    `Balancer (HAProxy)  ${cluster.url}   started in ${(cluster.startedInMs / 1000).toFixed(1)} s`,
    ...cluster.instances.map((i) => `  ${i.name}             ${i.url}   (/metrics: ${i.url}/metrics)`),
    "Ctrl-C stops the balancer and the instances.",
  ].join("\n"),
);

let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  await cluster.stop();
  process.exit(0);
};
process.once("SIGINT", () => void stop());
process.once("SIGTERM", () => void stop());
