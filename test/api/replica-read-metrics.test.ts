import { createServer, type Server, Socket } from "node:net";
import { DATA_SOURCE_HEADER, REPLICA_CONNECT_TIMEOUT_MS } from "@powercard/api";
import { createDb, type Db } from "@powercard/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiClient } from "../helpers/api-client.ts";
import { buildApp } from "../helpers/app.ts";
import { createTestDatabase, realPostgresOnly, type TestDatabase } from "../helpers/database.ts";
import { Fixtures } from "../helpers/fixtures.ts";
import { freePort } from "../helpers/own-postgres.ts";

/**
 * powercard_replica_reads_total counts each stale-allowed read exactly once, by where it was
 * finally served: a fresh replica, the primary because the replica lags, or the primary because
 * the replica is out of reach — also when the read was first sent to the replica and failed there.
 * The "replica" here is no standby: the test's own database (0 ms behind), a closed port, or a
 * TCP relay to the database that the test shuts. The real standby: e2e/replica-reads.
 */
const METRICS_TOKEN = "replica-metrics-token-0123456789abcdef";
const SERIES = {
  replica: 'powercard_replica_reads_total{served="replica",reason="fresh"}',
  lagging: 'powercard_replica_reads_total{served="primary",reason="lagging"}',
  unreachable: 'powercard_replica_reads_total{served="primary",reason="unreachable"}',
} as const;
type Counts = Record<keyof typeof SERIES, number>;

let t: TestDatabase;
let f: Fixtures;
let apiKey: string;
let customerNo: string;
const opened: Db[] = [];

beforeAll(async () => {
  t = await createTestDatabase();
  f = await Fixtures.create(t.db);
  apiKey = (await f.client("counter")).apiKey;
  ({ customerNo } = await f.customer());
});
afterAll(async () => {
  for (const db of opened) await db.close();
  await t.close();
});

/** A replica pool as server.ts opens it (small, read-only, a short connect timeout). */
async function replicaPool(url: string): Promise<Db> {
  const db = await createDb({
    url,
    maxConnections: 2,
    readOnly: true,
    timeouts: { connectMs: REPLICA_CONNECT_TIMEOUT_MS },
  });
  opened.push(db);
  return db;
}

/** An app with this replica; `history()` is one stale-allowed read, `counts()` the counter now. */
function appWith(replica: { db: Db; maxLagMs?: number; lagCacheMs?: number }) {
  const app = buildApp(t.db, { metricsToken: METRICS_TOKEN, replica });
  const counter = apiClient(app, { apiKey });
  return {
    history: async () => {
      const res = await counter.GET("/v1/accounts/{customerNo}/transactions", {
        params: { path: { customerNo } },
      });
      expect(res.status).toBe(200);
      return res.headers.get(DATA_SOURCE_HEADER);
    },
    counts: async (): Promise<Counts> => {
      const res = await app.request("/metrics", { headers: { Authorization: `Bearer ${METRICS_TOKEN}` } });
      const text = await res.text();
      const value = (series: string) => {
        const line = text.split("\n").find((l) => l.startsWith(`${series} `));
        return Number(line?.slice(series.length + 1) ?? Number.NaN);
      };
      return {
        replica: value(SERIES.replica),
        lagging: value(SERIES.lagging),
        unreachable: value(SERIES.unreachable),
      };
    },
  };
}

/** One read moves the counter by exactly 1, on `series`; the read said `source`. */
async function expectOneRead(app: ReturnType<typeof appWith>, series: keyof Counts, source: string) {
  const before = await app.counts();
  expect(await app.history()).toBe(source);
  const after = await app.counts();
  expect(after).toEqual({ ...before, [series]: before[series] + 1 });
}

describe("powercard_replica_reads_total: one count per read, where it was served", () => {
  it("a fresh replica: served=replica", async () => {
    // On PostgreSQL a pool of its own on this file's database; on PGlite the same handle.
    const app = appWith({ db: t.url ? await replicaPool(t.url) : t.db });
    for (let i = 0; i < 3; i++) await expectOneRead(app, "replica", "replica");
  });

  it("a replica past the bound: served=primary reason=lagging", async () => {
    // A bound no server meets: even 0 ms behind is past -1 ms.
    const app = appWith({ db: t.url ? await replicaPool(t.url) : t.db, maxLagMs: -1 });
    for (let i = 0; i < 3; i++) await expectOneRead(app, "lagging", "primary;fallback=lagging");
  });

  it("a replica whose port is closed: served=primary reason=unreachable", async () => {
    const app = appWith({ db: await replicaPool(`postgres://postgres@127.0.0.1:${await freePort()}/none`) });
    for (let i = 0; i < 3; i++) await expectOneRead(app, "unreachable", "primary;fallback=unreachable");
  });
});

const realPostgres = realPostgresOnly();
if (realPostgres.skip) console.warn(`[api/replica-read-metrics] the relay case is ${realPostgres.reason}`);

describe.skipIf(realPostgres.skip)("a read the replica fails, made again on the primary", () => {
  let relay: Server;
  const sockets = new Set<Socket>();

  beforeAll(async () => {
    const target = new URL(t.url as string);
    relay = createServer((client) => {
      const upstream = new Socket().connect(Number(target.port || 5432), target.hostname);
      for (const s of [client, upstream]) {
        sockets.add(s);
        s.on("close", () => sockets.delete(s));
        s.on("error", () => {});
      }
      client.pipe(upstream).pipe(client);
    });
    await new Promise<void>((resolve) => relay.listen(0, "127.0.0.1", resolve));
  });
  afterAll(() => new Promise<void>((resolve) => relay.close(() => resolve())));

  it("counts once, as served=primary reason=unreachable, not also as a replica read", async () => {
    const address = relay.address();
    const port = typeof address === "object" && address ? address.port : 0;
    const url = new URL(t.url as string);
    url.host = `127.0.0.1:${port}`;
    // Trusts its first measurement for 10 minutes: the read after the relay shuts is sent to the
    // replica, fails there and is made again on the primary.
    const app = appWith({ db: await replicaPool(url.toString()), lagCacheMs: 600_000 });
    await expectOneRead(app, "replica", "replica");

    await new Promise<void>((resolve) => {
      relay.close(() => resolve());
      for (const s of sockets) s.destroy();
    });
    await expectOneRead(app, "unreachable", "primary;fallback=unreachable");
    // Marked unreachable until the next probe: the next read goes to the primary straight away.
    await expectOneRead(app, "unreachable", "primary;fallback=unreachable");
  });
});
