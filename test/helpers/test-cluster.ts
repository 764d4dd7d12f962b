import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  type Cluster,
  type ClusterOptions,
  INSTANCE_NAMES,
  type InstanceName,
  startCluster,
} from "./cluster.ts";
import { TEST_PIN_KEYS, TEST_SIGNING_JWK } from "./fixtures.ts";

/**
 * A cluster for a test file on its own database, sharing the test's keys (fixtures.ts) so that
 * the cards, tokens and keys its fixtures make are the ones every instance accepts.
 */
export async function startTestCluster(
  databaseUrl: string,
  options: Partial<Omit<ClusterOptions, "databaseUrl" | "secrets" | "dataDir">> = {},
): Promise<Cluster> {
  const dir = mkdtempSync(join(tmpdir(), "powercard-cluster-"));
  const signingKeysFile = join(dir, "staff-signing-keys.json");
  writeFileSync(signingKeysFile, JSON.stringify([TEST_SIGNING_JWK]), { mode: 0o600 });
  const pinKeys = [...TEST_PIN_KEYS.keys].map(([id, key]) => `${id}:${key.toString("base64")}`).join(",");
  const cluster = await startCluster({
    databaseUrl,
    secrets: { pinKeys, pinKeyId: TEST_PIN_KEYS.currentKeyId, signingKeysFile },
    dataDir: dir,
    // The tests are about what the instances do with every request: on a slow machine a burst must
    // not be refused by the balancer's 20 ms queue of 10 (overload is measured by bench:overload,
    // the balancer's refusals tested by e2e/cluster-admission.test.ts).
    queueMs: 30_000,
    maxQueue: 100_000,
    ...options,
  }).catch((error: unknown) => {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  });
  return {
    ...cluster,
    async stop() {
      await cluster.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** How many of these responses each instance served (HAProxy's X-Served-By). */
export function servedBy(responses: readonly Response[]): Record<InstanceName, number> {
  const counts = Object.fromEntries(INSTANCE_NAMES.map((n) => [n, 0])) as Record<InstanceName, number>;
  for (const r of responses) {
    const name = r.headers.get("x-served-by") as InstanceName | null;
    if (name && name in counts) counts[name]++;
  }
  return counts;
}

/** An instance's own /metrics (asked directly, from loopback): series → value. */
export async function scrapeMetrics(instanceUrl: string): Promise<Map<string, number>> {
  const res = await fetch(`${instanceUrl}/metrics`);
  if (res.status !== 200) throw new Error(`/metrics of ${instanceUrl} answered ${res.status}`);
  const values = new Map<string, number>();
  for (const line of (await res.text()).split("\n")) {
    const match = /^([a-z_]+(?:\{[^}]*\})?) (\S+)$/.exec(line);
    if (match?.[1] && match[2]) values.set(match[1], Number(match[2]));
  }
  return values;
}
