import { describe, expect, it } from "vitest";
import { listeningOrigin, loadEnv, publicOrigin } from "../../api/src/env.ts";

/** Configuration is checked once, at start, with a message an operator can act on. */
const PRODUCTION = {
  NODE_ENV: "production",
  PIN_HMAC_KEYS: `k1:${Buffer.alloc(32, 7).toString("base64")}`,
  PIN_HMAC_KEY_ID: "k1",
  STAFF_SIGNING_KEYS_FILE: "/etc/powercard/staff-keys.json",
  PUBLIC_BASE_URL: "https://api.example.cn",
};

describe("loadEnv", () => {
  it("starts in production with real keys and PUBLIC_BASE_URL", () => {
    const env = loadEnv(PRODUCTION);
    expect(env.PUBLIC_BASE_URL).toBe("https://api.example.cn");
    expect(publicOrigin(env)).toBe("https://api.example.cn");
  });

  it("refuses to start in production without PUBLIC_BASE_URL, or with a plain-http one", () => {
    const { PUBLIC_BASE_URL: _, ...withoutBase } = PRODUCTION;
    expect(() => loadEnv(withoutBase)).toThrow(/PUBLIC_BASE_URL is required in production/);
    expect(() => loadEnv({ ...PRODUCTION, PUBLIC_BASE_URL: "http://api.example.cn" })).toThrow(
      /PUBLIC_BASE_URL must be https in production/,
    );
  });

  it("takes PUBLIC_BASE_URL as an origin only (a trailing slash is fine, a path is not)", () => {
    expect(loadEnv({ PUBLIC_BASE_URL: "https://api.example.cn/" }).PUBLIC_BASE_URL).toBe(
      "https://api.example.cn",
    );
    expect(() => loadEnv({ PUBLIC_BASE_URL: "https://api.example.cn/v1" })).toThrow(
      /PUBLIC_BASE_URL: must be an origin/,
    );
    expect(() => loadEnv({ PUBLIC_BASE_URL: "api.example.cn" })).toThrow(/PUBLIC_BASE_URL/);
  });

  it("in development without PUBLIC_BASE_URL the audience origin is where the server listens", () => {
    const env = loadEnv({ HOST: "127.0.0.1", PORT: "3100" });
    expect(env.PUBLIC_BASE_URL).toBeUndefined();
    expect(publicOrigin(env)).toBe("http://127.0.0.1:3100");
    expect(publicOrigin(env, 41234)).toBe("http://127.0.0.1:41234"); // PORT=0: the port listened on
    expect(listeningOrigin("0.0.0.0", 3000)).toBe("http://localhost:3000");
    expect(listeningOrigin("::1", 3000)).toBe("http://[::1]:3000");
  });

  it("reads WEBHOOK_ALLOWED_ORIGINS as exact origins, and refuses anything more", () => {
    expect(loadEnv({}).WEBHOOK_ALLOWED_ORIGINS).toEqual([]);
    expect(
      loadEnv({ WEBHOOK_ALLOWED_ORIGINS: " http://10.8.0.5:8080 , https://Sandbox.Bank.example:443/ " })
        .WEBHOOK_ALLOWED_ORIGINS,
    ).toEqual(["http://10.8.0.5:8080", "https://sandbox.bank.example"]);
    for (const bad of [
      "10.8.0.5:8080",
      "http://10.8.0.5:8080/hooks",
      "ftp://files.example",
      "https://u:p@h.example",
    ])
      expect(() => loadEnv({ WEBHOOK_ALLOWED_ORIGINS: bad }), bad).toThrow(/WEBHOOK_ALLOWED_ORIGINS/);
  });
  it("reads the replica's URL, pool and lag bound; no replica and a 10 s bound by default", () => {
    const none = loadEnv({});
    expect(none.DATABASE_REPLICA_URL).toBeUndefined();
    expect(none.DATABASE_REPLICA_POOL_SIZE).toBe(4);
    expect(none.DATABASE_REPLICA_MAX_LAG_MS).toBe(10_000);
    expect(loadEnv({ DATABASE_REPLICA_URL: "" }).DATABASE_REPLICA_URL).toBeUndefined();
    const set = loadEnv({
      DATABASE_REPLICA_URL: "postgres://reader@10.0.0.7:5432/powercard",
      DATABASE_REPLICA_MAX_LAG_MS: "2500",
    });
    expect(set.DATABASE_REPLICA_URL).toBe("postgres://reader@10.0.0.7:5432/powercard");
    expect(set.DATABASE_REPLICA_MAX_LAG_MS).toBe(2_500);
    expect(() => loadEnv({ DATABASE_REPLICA_URL: "mysql://x" })).toThrow(/DATABASE_REPLICA_URL/);
    expect(() => loadEnv({ DATABASE_REPLICA_MAX_LAG_MS: "-1" })).toThrow(/DATABASE_REPLICA_MAX_LAG_MS/);
  });
});
