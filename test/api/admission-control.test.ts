import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiClient, postRecharge } from "../helpers/api-client.ts";
import { buildApp } from "../helpers/app.ts";
import { createTestDatabase, type TestDatabase } from "../helpers/database.ts";
import { Fixtures } from "../helpers/fixtures.ts";
import { expectProblem } from "../helpers/problem.ts";

/**
 * Overload is refused, not queued (http/admission-control.ts): with its slots taken, an instance
 * lets a few requests wait briefly and answers the rest at once with 503 `overloaded` and
 * Retry-After, having done nothing with them; a slot that frees goes to the oldest waiter.
 * Requests are held in flight by a card row another transaction has locked: the recharges of
 * that card wait on it (on PGlite, whose one connection the transaction holds, so does everything).
 */
let t: TestDatabase;
let f: Fixtures;
let apiKey: string;

beforeAll(async () => {
  t = await createTestDatabase();
  f = await Fixtures.create(t.db);
  apiKey = (await f.client("counter")).apiKey;
});
afterAll(() => t.close());

/** Locks a card until `release` is called; resolves once the lock is held. */
async function holdCard(cardNo: string) {
  let release = () => {};
  let locked = () => {};
  const held = new Promise<void>((resolve) => {
    locked = resolve;
  });
  const done = t.db.orm.transaction(async (tx) => {
    await tx.execute(sql`SELECT 1 FROM cards WHERE card_no = ${cardNo} FOR UPDATE`);
    locked();
    await new Promise<void>((resolve) => {
      release = resolve;
    });
  });
  await held;
  return {
    release: async () => {
      release();
      await done;
    },
  };
}

/** Lets the requests just sent run up to where they wait (the lock, or a slot). */
const settle = () => new Promise((resolve) => setTimeout(resolve, 100));

const pending = Symbol("pending");
const stateOf = (p: Promise<unknown>) => Promise.race([p, Promise.resolve(pending)]);

describe("admission control", () => {
  it("lets a few wait, refuses the rest at once with 503 overloaded, and did nothing with them", async () => {
    const app = buildApp(t.db, { admission: { maxInFlight: 2, maxWaiting: 1, maxWaitMs: 3_000 } });
    const counter = apiClient(app, { apiKey });
    const card = await f.card({ faceValueFen: 5_000 });
    const { customerNo } = await f.customer();
    const other = await f.card({ faceValueFen: 2_000 });
    const lock = await holdCard(card.cardNo);
    try {
      const body = { cardNo: card.cardNo, pin: card.pin, customerNo };
      const running = [postRecharge(counter, body, "held-1"), postRecharge(counter, body, "held-2")];
      await settle();
      const waiter = postRecharge(counter, { cardNo: other.cardNo, pin: other.pin, customerNo }, "waiter");
      await settle();
      // Both slots and the one waiting place are taken: refused at once, while the waiter still waits
      // (its 3 s leave ample room on a busy machine; the refusal itself waits for nothing).
      const refused = await postRecharge(
        counter,
        { cardNo: other.cardNo, pin: other.pin, customerNo },
        "refused",
      );
      expect(await stateOf(waiter)).toBe(pending);
      await expectProblem(refused, 503, "overloaded");
      expect(refused.headers.get("retry-after")).toBe("1");
      expect(refused.headers.get("cache-control")).toBe("no-store");
      // Only /v1 is gated: the probes and the portal are answered while the slots are taken.
      expect((await app.request("/health/live")).status).toBe(200);
      // The waiter's time runs out before a slot frees: refused too.
      await expectProblem(await waiter, 503, "overloaded");
      for (const r of running) expect(await stateOf(r)).toBe(pending);

      await lock.release();
      const statuses = (await Promise.all(running)).map((r) => r.status).sort();
      expect(statuses).toEqual([201, 409]);
    } finally {
      await lock.release();
    }
    // Nothing was done for the refused requests: the other card is unused, and its key is free.
    const [row] = await t.db.query<{ state: string }>("SELECT state FROM cards WHERE card_no = $1", [
      other.cardNo,
    ]);
    expect(row?.state).toBe("sold");
    const retried = await postRecharge(
      counter,
      { cardNo: other.cardNo, pin: other.pin, customerNo },
      "refused",
    );
    expect(retried.status).toBe(201);
  });

  it("gives a freed slot to the request waiting for it", async () => {
    const app = buildApp(t.db, { admission: { maxInFlight: 1, maxWaiting: 1, maxWaitMs: 60_000 } });
    const counter = apiClient(app, { apiKey });
    const card = await f.card({ faceValueFen: 5_000 });
    const other = await f.card({ faceValueFen: 1_000 });
    const { customerNo } = await f.customer();
    const lock = await holdCard(card.cardNo);
    let waiter: ReturnType<typeof postRecharge> | undefined;
    let first: ReturnType<typeof postRecharge> | undefined;
    try {
      first = postRecharge(counter, { cardNo: card.cardNo, pin: card.pin, customerNo }, "slot-1");
      await settle();
      waiter = postRecharge(counter, { cardNo: other.cardNo, pin: other.pin, customerNo }, "slot-2");
      await settle();
      expect(await stateOf(waiter)).toBe(pending);
    } finally {
      await lock.release();
    }
    expect((await first).status).toBe(201);
    expect((await waiter).status).toBe(201);
  });

  it("admits everything when no limits are given (tests, and the default of createApp)", async () => {
    const app = buildApp(t.db);
    const counter = apiClient(app, { apiKey });
    const cards = await Promise.all(Array.from({ length: 30 }, () => f.card({ faceValueFen: 100 })));
    const { customerNo } = await f.customer();
    const answers = await Promise.all(
      cards.map((c, i) => postRecharge(counter, { cardNo: c.cardNo, pin: c.pin, customerNo }, `free-${i}`)),
    );
    expect(answers.map((a) => a.status)).toEqual(cards.map(() => 201));
  });
});
