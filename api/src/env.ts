import { fileURLToPath } from "node:url";
import { z } from "zod";
import {
  type AdmissionLimits,
  DEFAULT_ADMISSION_WAIT_MS,
  defaultAdmissionLimits,
} from "./http/admission-control.ts";
import { DEFAULT_REPLICA_MAX_LAG_MS } from "./http/replica-reads.ts";
import { DEFAULT_REQUEST_TIMEOUT_MS } from "./http/request-deadline.ts";
import { DEFAULT_CLIENT_CACHE_MS } from "./services/channels/authenticate-client.ts";
import { DEFAULT_REVERSAL_WINDOW_DAYS } from "./services/corrections/reversal-window.ts";

const repoRoot = fileURLToPath(new URL("../../", import.meta.url));

/** `scheme://host[:port]` exactly as `URL.origin` writes it, or null if the value is more than an origin. */
function originOf(value: string): string | null {
  try {
    const url = new URL(value);
    const bare = url.pathname === "/" && !url.search && !url.hash && !url.username && !url.password;
    return bare && (url.protocol === "https:" || url.protocol === "http:") ? url.origin : null;
  } catch {
    return null;
  }
}

// Origins a partner's webhook may go to whatever their address (services/webhooks/webhook-policy.ts),
// comma-separated: the operator's explicit exception, one host:port at a time.
const OriginListSchema = z
  .string()
  .default("")
  .transform((value, ctx) => {
    const origins: string[] = [];
    for (const entry of value.split(",").map((e) => e.trim())) {
      if (!entry) continue;
      const origin = originOf(entry);
      if (origin) origins.push(origin);
      else ctx.addIssue({ code: "custom", message: `"${entry}" is not an origin like https://host:port` });
    }
    return origins;
  });

/** All configuration, in one place. process.env is read nowhere else. */
const EnvSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  HOST: z.string().min(1).default("127.0.0.1"),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "must be a postgres:// URL")
    .optional()
    .or(z.literal("").transform(() => undefined)),
  DB_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  // A PostgreSQL streaming replica for reads that may be stale (reports, exports, history lists:
  // the routes declared `staleReads`); never for anything that decides about money.
  DATABASE_REPLICA_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "must be a postgres:// URL")
    .optional()
    .or(z.literal("").transform(() => undefined)),
  DATABASE_REPLICA_POOL_SIZE: z.coerce.number().int().min(1).max(50).default(4),
  // A replica further behind than this is not read: those reads go to the primary until it catches up.
  DATABASE_REPLICA_MAX_LAG_MS: z.coerce
    .number()
    .int()
    .min(0)
    .max(3_600_000)
    .default(DEFAULT_REPLICA_MAX_LAG_MS),
  // While PostgreSQL is away, requests are answered 503 within about DB_CONNECT_TIMEOUT_MS.
  DB_CONNECT_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(1_500),
  // Below REQUEST_TIMEOUT_MS, so a slow statement is rolled back before its request is given up.
  DB_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(15_000),
  DB_IDLE_IN_TRANSACTION_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(60_000),
  REQUEST_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(DEFAULT_REQUEST_TIMEOUT_MS),
  // Beyond this many /v1 requests at once (and as many waiting ADMISSION_MAX_WAIT_MS), 503 overloaded.
  ADMISSION_MAX_IN_FLIGHT: z.coerce.number().int().min(1).max(100_000).optional(),
  ADMISSION_MAX_WAIT_MS: z.coerce.number().int().min(0).max(10_000).default(DEFAULT_ADMISSION_WAIT_MS),
  // How old an instance's copy of a channel client may get: the bound, on every instance, for a
  // suspension, a revoked partner key or a rotated API key to take effect.
  CLIENT_CACHE_MS: z.coerce.number().int().min(0).max(30_000).default(DEFAULT_CLIENT_CACHE_MS),
  DATA_DIR: z.string().min(1).default(`${repoRoot}.data`),
  PIN_HMAC_KEYS: z.string().optional(),
  PIN_HMAC_KEY_ID: z.string().optional(),
  STAFF_SIGNING_KEYS_FILE: z.string().optional(),
  // The API's public origin: the token endpoint's `aud` is this + /v1/oauth/token. Required in
  // production; in development the listening origin (http://HOST:PORT). Never the request's Host.
  PUBLIC_BASE_URL: z
    .string()
    .optional()
    .refine((v) => v === undefined || originOf(v) !== null, "must be an origin like https://api.example.cn")
    .transform((v) => (v === undefined ? undefined : (originOf(v) as string))),
  WEBHOOK_ALLOWED_ORIGINS: OriginListSchema,
  // How many proxies of ours stand in front: the client IP is the n-th X-Forwarded-For entry from
  // the right. Unset/0/false: the socket's peer, X-Forwarded-For ignored. "true" means 1.
  TRUST_PROXY: z
    .union([
      z.enum(["true", "false", ""]),
      z.string().regex(/^\d{1,2}$/, "must be true, false or a number of proxies"),
    ])
    .default("0")
    .transform((v) => (v === "true" ? 1 : v === "false" || v === "" ? 0 : Number(v))),
  // When set, /metrics answers only `Authorization: Bearer <METRICS_TOKEN>`; else only loopback callers.
  METRICS_TOKEN: z.string().min(16, "must be at least 16 characters").optional(),
  // How many days after a recharge or top-up a reversal case (冲正) may be opened.
  REVERSAL_WINDOW_DAYS: z.coerce.number().int().min(1).max(3650).default(DEFAULT_REVERSAL_WINDOW_DAYS),
  SEED_DEMO: z.enum(["auto", "never"]).default("auto"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
});

export type Env = z.infer<typeof EnvSchema>;

export function loadEnv(source: Record<string, string | undefined> = process.env): Env {
  const parsed = EnvSchema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join("\n")}`);
  }
  const env = parsed.data;
  if (env.NODE_ENV === "production") {
    const missing: string[] = [];
    if (!env.PIN_HMAC_KEYS || !env.PIN_HMAC_KEY_ID || !env.STAFF_SIGNING_KEYS_FILE)
      missing.push("PIN_HMAC_KEYS, PIN_HMAC_KEY_ID and STAFF_SIGNING_KEYS_FILE are required in production");
    // Else the token endpoint would have no audience of its own to hold assertions to.
    if (!env.PUBLIC_BASE_URL)
      missing.push(
        "PUBLIC_BASE_URL is required in production: the API's public https origin (the token endpoint's aud)",
      );
    else if (!env.PUBLIC_BASE_URL.startsWith("https://"))
      missing.push("PUBLIC_BASE_URL must be https in production");
    if (missing.length) throw new Error(`Invalid configuration:\n${missing.map((m) => `  ${m}`).join("\n")}`);
  }
  return env;
}

/**
 * The origin this process serves on, as a client on this machine reaches it: the token endpoint's
 * audience in development when PUBLIC_BASE_URL is unset, and what the start banner prints.
 */
export function listeningOrigin(host: string, port: number): string {
  const name = host === "0.0.0.0" || host === "::" ? "localhost" : host.includes(":") ? `[${host}]` : host;
  return `http://${name}:${port}`;
}

/** The API's public origin: PUBLIC_BASE_URL, else (development) where it listens. */
export const publicOrigin = (env: Env, port: number = env.PORT) =>
  env.PUBLIC_BASE_URL ?? listeningOrigin(env.HOST, port);

/** The admission limits of this instance: from ADMISSION_*, by default four requests per pool connection. */
export function admissionLimits(env: Env): AdmissionLimits {
  const defaults = defaultAdmissionLimits(env.DB_POOL_SIZE);
  const maxInFlight = env.ADMISSION_MAX_IN_FLIGHT ?? defaults.maxInFlight;
  return { maxInFlight, maxWaiting: maxInFlight, maxWaitMs: env.ADMISSION_MAX_WAIT_MS };
}
