import { createHash, randomBytes } from "node:crypto";

/** A channel API key: "pk_" + 32 random bytes. Only its SHA-256 is stored. */
export function generateApiKey(): string {
  return `pk_${randomBytes(32).toString("base64url")}`;
}

export function hashApiKey(apiKey: string): string {
  return createHash("sha256").update(apiKey).digest("hex");
}

export function apiKeyPrefix(apiKey: string): string {
  return apiKey.slice(0, 10);
}
