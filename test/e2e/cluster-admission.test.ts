import { connect, type Socket } from "node:net";
import { ERROR_CATALOG } from "@powercard/api";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Problem } from "../helpers/api-client.ts";
import { buildApi } from "../helpers/built-server.ts";
import { balancerAvailable, type Cluster, INSTANCE_NAMES } from "../helpers/cluster.ts";
import { createTestDatabase, realPostgresOnly, type TestDatabase } from "../helpers/database.ts";
import { Fixtures } from "../helpers/fixtures.ts";
import { startTestCluster } from "../helpers/test-cluster.ts";

/**
 * Admission at the balancer (deploy/haproxy/powercard.cfg): each instance is given at most
 * POWERCARD_API_MAXCONN requests at once, at most POWERCARD_MAX_QUEUE more wait for one, and
 * the next request is refused at once — 503 `overloaded`, the API's problem+json — rather than
 * after waiting out POWERCARD_QUEUE_MS. Here: one request per instance, a queue of one, and a
 * queue timeout of 30 s, so "at once" and "after the wait" cannot be mistaken for each other.
 * The instances are kept busy by recharges whose bodies never finish arriving. Last, the
 * instances are killed with such requests in hand: the balancer's 502 is problem+json too.
 */
const postgres = realPostgresOnly();
const balancer = postgres.skip ? postgres : balancerAvailable();
if (balancer.skip) console.warn(`[e2e/cluster-admission] ${balancer.reason}`);

const QUEUE_MS = 30_000;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe.skipIf(balancer.skip)("3 instances behind HAProxy: a full queue is refused at once", () => {
  let t: TestDatabase;
  let cluster: Cluster;
  let apiKey: string;
  const held: Socket[] = [];

  beforeAll(async () => {
    await buildApi();
    t = await createTestDatabase({ maxConnections: 4, prepare: async () => {} });
    cluster = await startTestCluster(t.url as string, { maxConn: 1, maxQueue: 1, queueMs: QUEUE_MS });
    const f = await Fixtures.create(t.db);
    apiKey = (await f.client("web")).apiKey;
  }, 600_000);
  afterAll(async () => {
    for (const socket of held) socket.destroy();
    await cluster?.stop();
    await t?.close();
  });

  /**
   * A recharge whose body never arrives: authenticated, it reaches the body's validation, where the
   * instance waits for the rest — holding the balancer's slot for it until the socket closes.
   */
  function holdASlot(key: string): { socket: Socket; received: () => string } {
    const { port, hostname } = new URL(cluster.url);
    const socket = connect(Number(port), hostname);
    let received = "";
    socket.on("data", (chunk: Buffer) => {
      received += chunk.toString();
    });
    socket.on("error", () => {});
    socket.write(
      "POST /v1/recharges HTTP/1.1\r\nHost: powercard\r\nContent-Type: application/json\r\n" +
        `Authorization: Bearer ${apiKey}\r\nIdempotency-Key: ${key}\r\nContent-Length: 1000\r\n\r\n{`,
    );
    held.push(socket);
    return { socket, received: () => received };
  }

  it("every instance busy and one request waiting: the next is answered 503 `overloaded` at once", async () => {
    // One slow request per instance (round robin), then one that can only wait in the queue.
    const busy = INSTANCE_NAMES.map((name) => holdASlot(`held-${name}`));
    await sleep(1_000);
    let waitingAnswer: Response | undefined;
    const waiting = fetch(`${cluster.url}/health/live`).then((res) => {
      waitingAnswer = res;
      return res;
    });
    waiting.catch(() => {}); // awaited below; a failure before that is the test's, not unhandled
    await sleep(1_000);

    const started = Date.now();
    const res = await fetch(`${cluster.url}/health/live`);
    const elapsedMs = Date.now() - started;
    expect(res.status).toBe(503);
    expect(res.headers.get("content-type")).toBe("application/problem+json");
    expect(res.headers.get("retry-after")).toBe("1");
    expect(res.headers.get("x-served-by"), "no instance saw it").toBeNull();
    const body = (await res.json()) as Problem;
    expect(body).toMatchObject({ code: "overloaded", status: 503, title: ERROR_CATALOG.overloaded.title });
    expect(res.headers.get("x-request-id")).toBe(body.requestId);
    // Refused because the queue was full, not when its timeout ran out: well before QUEUE_MS.
    expect(elapsedMs).toBeLessThan(QUEUE_MS / 2);
    // Meanwhile the waiting request still waits, and the busy ones are still being served.
    expect(waitingAnswer).toBeUndefined();
    for (const slot of busy) expect(slot.received()).toBe("");

    // A slot is freed (its client went away): the waiting request reaches an instance and is answered.
    busy[0]?.socket.destroy();
    const served = await waiting;
    expect(served.status).toBe(200);
    expect(served.headers.get("x-served-by")).toMatch(/^api\d$/);
  });

  /** The whole raw HTTP answer a held request got (status line, headers, a body of Content-Length). */
  async function answerOf(slot: { received: () => string }) {
    for (let i = 0; ; i++) {
      const raw = slot.received();
      const [head = "", body = ""] = raw.split("\r\n\r\n", 2);
      const length = Number(/content-length: (\d+)/i.exec(head)?.[1] ?? Number.NaN);
      if (Buffer.byteLength(body) >= length)
        return { status: Number(head.split(" ")[1]), head, body: JSON.parse(body) as Problem };
      if (i > 300) throw new Error(`no whole answer came:\n${raw}`);
      await sleep(100);
    }
  }

  it("an instance killed with a request in hand: the balancer's 502 is problem+json `upstream_failed`", async () => {
    for (const socket of held.splice(0)) socket.destroy();
    await sleep(1_000);
    const inHand = INSTANCE_NAMES.map((name) => holdASlot(`killed-${name}`));
    await sleep(1_000);
    for (const slot of inHand) expect(slot.received()).toBe("");
    await Promise.all(INSTANCE_NAMES.map((name) => cluster.kill(name)));
    for (const slot of inHand) {
      const answer = await answerOf(slot);
      expect(answer.status, answer.head).toBe(502);
      expect(answer.head).toMatch(/content-type: application\/problem\+json/i);
      expect(answer.body).toMatchObject({
        type: "urn:powercard:problem:upstream_failed",
        title: ERROR_CATALOG.upstream_failed.title,
        status: 502,
        code: "upstream_failed",
      });
      expect(answer.body.requestId).toMatch(/^[0-9a-f-]{36}$/);
      expect(answer.head).toContain(`x-request-id: ${answer.body.requestId}`);
    }
  });
});
