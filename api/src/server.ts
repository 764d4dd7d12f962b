// The only entry point that reads configuration, opens the database and listens.
import { join } from "node:path";
import { serve } from "@hono/node-server";
import {
  createDb,
  DEMO_CLIENTS,
  DEMO_CUSTOMERS,
  DEMO_MANUFACTURER,
  DEMO_STAFF,
  DEMO_STAFF_PASSWORD,
  demoApiKey,
  groupCardNo,
  migrate,
  seedDemoWorld,
  unusedDemoCards,
} from "@powercard/db";
import pino from "pino";
import { createApp } from "./app.ts";
import { ensureDemoManufacturer } from "./demo-manufacturer.ts";
import { DEMO_PARTNER_ID, ensureDemoPartnerKey } from "./demo-partner-key.ts";
import { resolvePinKeys, resolveSigningKeys } from "./dev-secrets.ts";
import { admissionLimits, listeningOrigin, loadEnv, publicOrigin } from "./env.ts";
import { REPLICA_CONNECT_TIMEOUT_MS } from "./http/replica-reads.ts";
import { backgroundJobs } from "./jobs/background-jobs.ts";
import { startJobs } from "./jobs/job-runner.ts";
import { PORTAL_DIST, portalSite } from "./portal-site.ts";
import { webhookPolicy } from "./services/webhooks/webhook-policy.ts";
import { hashPassword } from "./shared/auth/passwords.ts";

const env = loadEnv();
const logger = pino({ level: env.LOG_LEVEL, base: { service: "powercard-api" } });
const pgliteDir = join(env.DATA_DIR, "pglite");
const db = await createDb(
  env.DATABASE_URL
    ? {
        url: env.DATABASE_URL,
        maxConnections: env.DB_POOL_SIZE,
        timeouts: {
          connectMs: env.DB_CONNECT_TIMEOUT_MS,
          statementMs: env.DB_STATEMENT_TIMEOUT_MS,
          idleInTransactionMs: env.DB_IDLE_IN_TRANSACTION_TIMEOUT_MS,
        },
      }
    : { dataDir: pgliteDir },
);
// Reports, exports and history lists may read a streaming replica (http/replica-reads.ts): a small
// read-only pool, so a write sent there by mistake fails loudly.
const replicaDb = env.DATABASE_REPLICA_URL
  ? await createDb({
      url: env.DATABASE_REPLICA_URL,
      maxConnections: env.DATABASE_REPLICA_POOL_SIZE,
      readOnly: true,
      applicationName: "powercard-replica-reads",
      timeouts: { connectMs: REPLICA_CONNECT_TIMEOUT_MS, statementMs: env.DB_STATEMENT_TIMEOUT_MS },
    })
  : undefined;
await migrate(db);
const pinKeys = resolvePinKeys(env);
const demo = env.NODE_ENV !== "production" && env.SEED_DEMO === "auto";
if (demo && (await seedDemoWorld(db, pinKeys, hashPassword))) logger.info("demo world created");
// The demo bank authenticates like any partner, with a development key pair in DATA_DIR/secrets.
const demoBankKeyFile = demo ? await ensureDemoPartnerKey(db, env.DATA_DIR) : null;
// The demo manufacturer, so a tour can order cards and open their file: development keys too.
const demoManufacturerDir = demo ? await ensureDemoManufacturer(db, env.DATA_DIR) : null;

const signingKeys = await resolveSigningKeys(env);
const webhooksPolicy = webhookPolicy({
  production: env.NODE_ENV === "production",
  allowedOrigins: env.WEBHOOK_ALLOWED_ORIGINS,
});
// The port actually listened on (PORT=0 picks one); set before the first request can arrive.
let listeningPort = env.PORT;
const app = createApp({
  db,
  pinKeys,
  signingKeys,
  logger,
  publicBaseUrl: () => publicOrigin(env, listeningPort),
  trustProxy: env.TRUST_PROXY,
  metricsToken: env.METRICS_TOKEN,
  webhookPolicy: webhooksPolicy,
  requestTimeoutMs: env.REQUEST_TIMEOUT_MS,
  admission: admissionLimits(env),
  reversalWindowDays: env.REVERSAL_WINDOW_DAYS,
  clientCacheMs: env.CLIENT_CACHE_MS,
  replica: replicaDb && { db: replicaDb, maxLagMs: env.DATABASE_REPLICA_MAX_LAG_MS },
});

// Purges, audit sealing, webhook delivery, daily figures, bill sweep: the list is in jobs/.
const jobs = startJobs(backgroundJobs({ db, signingKeys, webhookPolicy: webhooksPolicy }), { logger });
// The portal (docs and the public recharge page) on the same origin, when it has been built.
const site = portalSite(app);
const server = serve(
  { fetch: site?.fetch ?? app.fetch, hostname: env.HOST, port: env.PORT },
  async (info) => {
    listeningPort = info.port;
    const base = listeningOrigin(env.HOST, info.port);
    const lines = [
      "",
      `Powercard API    ${base}   (OpenAPI: ${base}/openapi.json)`,
      `Database         ${db.kind === "postgres" ? "PostgreSQL (DATABASE_URL)" : `embedded PGlite in ${pgliteDir}`}`,
      ...(replicaDb ? ["Replica          reports and history lists (DATABASE_REPLICA_URL)"] : []),
      ...(site
        ? [
            `Recharge page    ${base}/recharge   (English: ${base}/en/recharge)`,
            `Staff console    ${base}/console   (English: ${base}/en/console)`,
            `Developer docs   ${base}/`,
          ]
        : [
            `Portal           not built (${PORTAL_DIST}): run \`npm run build\`, or start with \`npm start\``,
          ]),
    ];
    if (demo) {
      const cards = await unusedDemoCards(db);
      lines.push(
        "",
        "Demo data (development only):",
        `  customers      ${DEMO_CUSTOMERS.map((c) => c.customerNo).join("  ")}`,
        ...cards.map(
          (c) => `  card           ${groupCardNo(c.cardNo)}   PIN ${c.pin}   ${c.faceValueFen / 100} 元`,
        ),
        // Only our own channels have API keys; a partner's would be refused (api_key_not_accepted).
        ...DEMO_CLIENTS.filter((c) => c.channel !== "partner").map(
          (c) => `  api key        ${c.channel.padEnd(8)} ${demoApiKey(c.id)}`,
        ),
        ...(demoBankKeyFile
          ? [
              `  partner        ${DEMO_PARTNER_ID} signs client assertions with ${demoBankKeyFile} (development only)`,
              `                 TOKEN=$(npm run -s demo:token) gets its access token (README: "Channels and partners")`,
            ]
          : []),
        ...(demoManufacturerDir
          ? [
              `  manufacturer   ${DEMO_MANUFACTURER.id}: development keys in ${demoManufacturerDir} (demo only)`,
              `                 npm run manufacturer -- open --keys ${demoManufacturerDir} --jwks ${base}/.well-known/jwks.json …`,
            ]
          : []),
        `  staff          ${DEMO_STAFF.map((s) => `${s.username} (${s.role})`).join(", ")}`,
        `                 password for every demo user: ${DEMO_STAFF_PASSWORD}`,
        "",
        "Try it:",
        `  curl -s -X POST ${base}/v1/recharges -H 'Authorization: Bearer ${demoApiKey("cli_demo_counter")}' \\`,
        `    -H 'Content-Type: application/json' -H "Idempotency-Key: $(uuidgen || date +%s%N)" \\`,
        `    -d '{"cardNo":"${cards[0]?.cardNo ?? "…"}","pin":"${cards[0]?.pin ?? "…"}","customerNo":"${DEMO_CUSTOMERS[0]?.customerNo}"}'`,
      );
    }
    console.log(`${lines.join("\n")}\n`);
  },
);

server.on("error", async (error: NodeJS.ErrnoException) => {
  const hint = error.code === "EADDRINUSE" ? ` — port ${env.PORT} is taken; set PORT to another one` : "";
  logger.fatal({ err: error }, `cannot listen on ${env.HOST}:${env.PORT}${hint}`);
  await db.close();
  process.exit(1);
});

async function shutdown(signal: string) {
  logger.info({ signal }, "shutting down");
  await jobs.stop();
  server.close();
  await db.close();
  await replicaDb?.close();
  process.exit(0);
}
process.once("SIGINT", () => void shutdown("SIGINT"));
process.once("SIGTERM", () => void shutdown("SIGTERM"));
