import { fileURLToPath } from "node:url";
import { z } from "zod";

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
  DATA_DIR: z.string().min(1).default(`${repoRoot}.data`),
  PIN_HMAC_KEYS: z.string().optional(),
  PIN_HMAC_KEY_ID: z.string().optional(),
  STAFF_SIGNING_KEYS_FILE: z.string().optional(),
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
