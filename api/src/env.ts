import { fileURLToPath } from "node:url";
import { z } from "zod";
import { DEFAULT_REQUEST_TIMEOUT_MS } from "./lib/request-deadline.ts";

const repoRoot = fileURLToPath(new URL("../../", import.meta.url));

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
  // While PostgreSQL is away, requests are answered 503 within about DB_CONNECT_TIMEOUT_MS.
  DB_CONNECT_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(1_500),
  // Below REQUEST_TIMEOUT_MS, so a slow statement is rolled back before its request is given up.
  DB_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(15_000),
  DB_IDLE_IN_TRANSACTION_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(60_000),
  REQUEST_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(DEFAULT_REQUEST_TIMEOUT_MS),
  DATA_DIR: z.string().min(1).default(`${repoRoot}.data`),
  PIN_HMAC_KEYS: z.string().optional(),
  PIN_HMAC_KEY_ID: z.string().optional(),
  STAFF_SIGNING_KEYS_FILE: z.string().optional(),
  PUBLIC_BASE_URL: z.url().optional(),
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
  if (
    env.NODE_ENV === "production" &&
    (!env.PIN_HMAC_KEYS || !env.PIN_HMAC_KEY_ID || !env.STAFF_SIGNING_KEYS_FILE)
  ) {
    throw new Error(
      "Invalid configuration:\n  PIN_HMAC_KEYS, PIN_HMAC_KEY_ID and STAFF_SIGNING_KEYS_FILE are required in production",
    );
  }
  return env;
}
