import { auditEvents, type Db } from "@powercard/db";
import { asc, eq, sql } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
// Imported from their files rather than @powercard/api so this suite does not load the whole app.
import {
  type CanonicalEventInput,
  canonicalEvent,
  canonicalStoredEvent,
  GENESIS_HASH,
  hashLink,
  storedEventColumns,
} from "../../api/src/services/audit/canonical-event.ts";
import { recordAuditEvent } from "../../api/src/services/audit/record-audit-event.ts";
import { sealAuditChain } from "../../api/src/services/audit/seal-audit-chain.ts";
import { verifyAuditChain } from "../../api/src/services/audit/verify-audit-chain.ts";
import { createTestDatabase, realPostgresOnly, type TestDatabase } from "../helpers/database.ts";
import { sqlStateOf } from "../helpers/sql-state.ts";

const { skip: pgliteOnly, reason } = realPostgresOnly();
if (pgliteOnly) console.warn(`[services/audit-chain] real-PostgreSQL cases: ${reason}`);

/** jsonb payloads that drivers and jsonb itself like to rewrite: key order, numbers, text. */
const PAYLOADS: unknown[] = [
  { state: "sold", faceValueFen: 10_000, owner: { unit: "unt_1", name: "测试营业厅" } },
  { b: 2, a: 1, "10": "ten", "9": "nine", nested: { z: [3, 2, 1], y: null, x: { deep: true } } },
  { note: '张小明 🎉 "quoted" \\ slash\nnewline', amounts: [0, -1, 1.5, 1.0, 2e3, 9007199254740991] },
  null,
  [{ k: "v" }, [], {}, "", false],
  { empty: {}, list: [null, { 中: "文", a: { c: 1, b: 2 } }] },
];

let seq = 0;
/** Writes n events, each in its own transaction as a service would; returns what was written. */
async function writeEvents(db: Db, n: number): Promise<CanonicalEventInput[]> {
  const written: CanonicalEventInput[] = [];
  for (let i = 0; i < n; i++) {
    const k = seq++;
    const occurredAt = new Date(Date.UTC(2026, 0, 1, 0, 0, 0, k * 37));
    const actor = { type: k % 3 === 0 ? ("system" as const) : ("user" as const), id: `usr_${k}` };
    const entry = {
      action: "card.update",
      objectType: "card",
      objectId: `3300${k}`,
      unitId: k % 2 === 0 ? null : "unt_c1",
      before: PAYLOADS[k % PAYLOADS.length],
      after: PAYLOADS[(k + 1) % PAYLOADS.length],
    };
    const requestId = k % 4 === 0 ? null : `req_${k}`;
    const id = await db.orm.transaction((tx) =>
      recordAuditEvent({ tx, requestId, now: occurredAt, actor }, entry),
    );
    written.push({
      id,
      occurredAt,
      actorType: actor.type,
      actorId: actor.id,
      requestId,
      ...entry,
      unitId: entry.unitId,
    });
  }
  return written;
}

async function chain(db: Db) {
  return db.query<{ position: number | string; event_id: string; hash: string }>(
    "SELECT position, event_id, hash FROM audit_chain ORDER BY position",
  );
}

/** The owner switching the append-only triggers off, rewriting history, and switching them back. */
async function tamper(db: Db, statement: string, params: unknown[] = []) {
  await db.query("ALTER TABLE audit_events DISABLE TRIGGER audit_events_append_only");
  await db.query("ALTER TABLE audit_chain DISABLE TRIGGER audit_chain_append_only");
  await db.query(statement, params);
  await db.query("ALTER TABLE audit_events ENABLE TRIGGER audit_events_append_only");
  await db.query("ALTER TABLE audit_chain ENABLE TRIGGER audit_chain_append_only");
}

/** drizzle wraps driver errors ("Failed query: …"); the database's message is in `cause`. */
async function failure(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  const messages: string[] = [];
  for (let e = error as { message?: string; cause?: unknown } | undefined; e; e = e.cause as typeof e) {
    messages.push(String(e.message));
  }
  return messages.join(" ← ") || "(no error)";
}

describe("canonical form", () => {
  const base: CanonicalEventInput = {
    id: "aud_1",
    occurredAt: new Date("2026-01-02T03:04:05.678Z"),
    actorType: "user",
    actorId: "usr_1",
    action: "x",
    objectType: "card",
    objectId: "1",
    unitId: null,
    requestId: null,
    before: { b: { d: 1, c: [2, { f: 1, e: 0 }] }, a: null, "10": 1, "9": 2 },
    after: null,
  };

  it("sorts keys at every depth, keeps array order and writes nulls", () => {
    expect(canonicalEvent(base)).toBe(
      '{"action":"x","actorId":"usr_1","actorType":"user","after":null,' +
        '"before":{"10":1,"9":2,"a":null,"b":{"c":[2,{"e":0,"f":1}],"d":1}},' +
        '"id":"aud_1","objectId":"1","objectType":"card","occurredAt":"2026-01-02T03:04:05.678000Z",' +
        '"requestId":null,"unitId":null}',
    );
  });

  it("does not depend on key order", () => {
    const reordered = { ...base, before: { "9": 2, a: null, b: { c: [2, { e: 0, f: 1 }], d: 1 }, "10": 1 } };
    expect(canonicalEvent(reordered)).toBe(canonicalEvent(base));
  });

  it("chains with SHA-256 over prev ‖ newline ‖ canonical", () => {
    expect(GENESIS_HASH).toBe("0".repeat(64));
    // sha256 of 64 zeros, a newline and "{}" — computed independently with `sha256sum`.
    expect(hashLink(GENESIS_HASH, "{}")).toBe(
      "5649d09ed68c17156095d175eef152856c5b1a81c117c409c1e00f096aa6838e",
    );
  });
});

describe("sealing", () => {
  let t: TestDatabase;
  let written: CanonicalEventInput[] = [];
  beforeAll(async () => {
    t = await createTestDatabase();
  });
  afterAll(() => t.close());

  it("an empty trail verifies, and sealing it does nothing", async () => {
    expect(await sealAuditChain(t.db, new Date())).toBe(0);
    expect(await verifyAuditChain(t.db)).toEqual({ ok: true, checked: 0, firstBroken: null, unsealed: 0 });
  });

  it("reads back every payload exactly as written, on this engine", async () => {
    written = await writeEvents(t.db, 12);
    const stored = await t.db.orm
      .select(storedEventColumns)
      .from(auditEvents)
      .orderBy(asc(auditEvents.entryNo));
    expect(stored.map(canonicalStoredEvent)).toEqual(written.map(canonicalEvent));
  });

  it("seals every event in batches, and verification then passes", async () => {
    expect(await verifyAuditChain(t.db)).toMatchObject({ ok: true, checked: 0, unsealed: 12 });
    expect(await sealAuditChain(t.db, new Date(), { batchSize: 5 })).toBe(12);
    expect(await verifyAuditChain(t.db)).toEqual({ ok: true, checked: 12, firstBroken: null, unsealed: 0 });
    const links = await chain(t.db);
    expect(links.map((l) => Number(l.position))).toEqual([...Array(12).keys()].map((i) => i + 1));
    expect(links.map((l) => l.event_id)).toEqual(written.map((e) => e.id));
    // The definition, independent of the database: link 1 hashes the first event on genesis.
    expect(links[0]?.hash).toBe(hashLink(GENESIS_HASH, canonicalEvent(written[0] as CanonicalEventInput)));
  });

  it("sealing again adds nothing", async () => {
    expect(await sealAuditChain(t.db, new Date())).toBe(0);
    expect(await chain(t.db)).toHaveLength(12);
  });

  it("later events extend the chain on the next seal", async () => {
    const more = await writeEvents(t.db, 3);
    expect(await verifyAuditChain(t.db)).toMatchObject({ ok: true, checked: 12, unsealed: 3 });
    expect(await sealAuditChain(t.db, new Date())).toBe(3);
    const links = await chain(t.db);
    expect(links.slice(12).map((l) => [Number(l.position), l.event_id])).toEqual(
      more.map((e, i) => [13 + i, e.id]),
    );
    expect(await verifyAuditChain(t.db)).toEqual({ ok: true, checked: 15, firstBroken: null, unsealed: 0 });
  });
});

describe("concurrent sealers", () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase({ maxConnections: 10 });
  });
  afterAll(() => t.close());

  async function expectOneGaplessChain(expectedEvents: number) {
    const links = await chain(t.db);
    expect(links.map((l) => Number(l.position))).toEqual([...Array(expectedEvents).keys()].map((i) => i + 1));
    expect(new Set(links.map((l) => l.event_id)).size).toBe(expectedEvents);
    expect(await verifyAuditChain(t.db)).toEqual({
      ok: true,
      checked: expectedEvents,
      firstBroken: null,
      unsealed: 0,
    });
  }

  it("two sealers at once seal every event exactly once", async () => {
    await writeEvents(t.db, 20);
    const counts = await Promise.all([sealAuditChain(t.db, new Date()), sealAuditChain(t.db, new Date())]);
    expect(counts[0] + counts[1]).toBe(20);
    await expectOneGaplessChain(20);
  });

  it("sealers racing writers still build one chain", async () => {
    const results = await Promise.all([
      writeEvents(t.db, 15),
      writeEvents(t.db, 15),
      ...Array.from({ length: 4 }, () => sealAuditChain(t.db, new Date(), { batchSize: 4 })),
    ]);
    await sealAuditChain(t.db, new Date());
    expect(results.length).toBe(6);
    await expectOneGaplessChain(50);
  });

  // The reason for the window below the last sealed entry_no: entry_no is taken at INSERT, but
  // the event becomes visible at COMMIT, possibly after a later event was sealed.
  it.skipIf(pgliteOnly)("an event committed after a later one was sealed is still sealed", async () => {
    const before = (await chain(t.db)).length;
    let release!: () => void;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    let inserted!: () => void;
    const didInsert = new Promise<void>((resolve) => {
      inserted = resolve;
    });
    const slow = t.db.orm.transaction(async (tx) => {
      await recordAuditEvent(
        { tx, requestId: null, now: new Date(), actor: { type: "system", id: "slow" } },
        { action: "slow", objectType: "x", objectId: "1" },
      );
      inserted();
      await held;
    });
    await didInsert;
    const [fast] = await writeEvents(t.db, 1);
    expect(await sealAuditChain(t.db, new Date())).toBe(1);
    release();
    await slow;
    expect(await sealAuditChain(t.db, new Date())).toBe(1);
    const links = await chain(t.db);
    expect(links[before]?.event_id).toBe(fast?.id);
    await expectOneGaplessChain(before + 2);
  });
});

describe("the append-only guard", () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase();
    await writeEvents(t.db, 3);
    await sealAuditChain(t.db, new Date());
  });
  afterAll(() => t.close());

  it.each([
    "UPDATE audit_events SET actor_id = 'someone else'",
    "DELETE FROM audit_events",
    "TRUNCATE audit_events",
    "UPDATE audit_chain SET hash = repeat('f', 64)",
    "DELETE FROM audit_chain",
    "TRUNCATE audit_chain",
  ])("refuses %s, even to the owner", async (statement) => {
    expect(await sqlStateOf(t.db.query(statement))).toBe("42501"); // insufficient_privilege
    expect(await verifyAuditChain(t.db)).toMatchObject({ ok: true, checked: 3 });
  });

  it.skipIf(pgliteOnly)("lets powercard_app append and read, never change or delete", async () => {
    const asApp = (
      statement: (tx: Parameters<Parameters<Db["orm"]["transaction"]>[0]>[0]) => Promise<unknown>,
    ) =>
      t.db.orm.transaction(async (tx) => {
        // SET LOCAL: the role lasts until this transaction ends, on this one pooled connection.
        await tx.execute(sql`SET LOCAL ROLE powercard_app`);
        return statement(tx);
      });
    const id = await asApp((tx) =>
      recordAuditEvent(
        { tx, requestId: null, now: new Date(), actor: { type: "system", id: "app" } },
        { action: "a", objectType: "o", objectId: "1" },
      ),
    );
    const read = await asApp((tx) =>
      tx
        .select({ id: auditEvents.id })
        .from(auditEvents)
        .where(eq(auditEvents.id, id as string)),
    );
    expect(read).toEqual([{ id }]);
    for (const statement of [
      "UPDATE audit_events SET actor_id = 'x'",
      "DELETE FROM audit_events",
      "UPDATE audit_chain SET hash = 'x'",
      "DELETE FROM audit_chain",
    ]) {
      expect(await failure(asApp((tx) => tx.execute(sql.raw(statement))))).toMatch(/permission denied/);
    }
    const [who] = await t.db.query<{ user: string }>("SELECT current_user AS user");
    expect(who?.user).not.toBe("powercard_app");
  });
});

describe("tampering is caught at the first broken link", () => {
  const occurredAtColumn = auditEvents.occurredAt.name;
  // Each case rewrites a freshly sealed chain of 6 events, so it cannot see another's damage.
  let t: TestDatabase;
  let events: CanonicalEventInput[];
  const idAt = (position: number) => events[position - 1]?.id as string;
  beforeEach(async () => {
    t = await createTestDatabase();
    seq = 0; // event n then carries PAYLOADS[n - 1] as before, whatever ran earlier
    events = await writeEvents(t.db, 6);
    expect(await sealAuditChain(t.db, new Date())).toBe(6);
  });
  afterEach(() => t.close());

  it.each([
    ["actor_id", "UPDATE audit_events SET actor_id = 'usr_innocent' WHERE id = $1"],
    // 1.5 → 1.6 deep inside `before`: event 3's before is PAYLOADS[2] (see beforeEach).
    [
      "a nested number in before",
      "UPDATE audit_events SET before = jsonb_set(before, '{amounts,2}', '1.6') WHERE id = $1",
    ],
    ["unit_id", "UPDATE audit_events SET unit_id = 'unt_other' WHERE id = $1"],
    // A JS Date would not see this: the canonical time has PostgreSQL's microseconds.
    [
      "occurred_at by one microsecond",
      // Column name from the schema: it has been both created_at and occurred_at.
      `UPDATE audit_events SET ${occurredAtColumn} = ${occurredAtColumn} + interval '1 microsecond' WHERE id = $1`,
    ],
  ])("(a) changing %s of event 3 → hash_mismatch at 3", async (_, statement) => {
    await tamper(t.db, statement, [idAt(3)]);
    expect(await verifyAuditChain(t.db)).toEqual({
      ok: false,
      checked: 2,
      firstBroken: { position: 3, reason: "hash_mismatch", eventId: idAt(3) },
      unsealed: 0,
    });
  });

  it("(b) deleting event 4 → event_missing at 4", async () => {
    await tamper(t.db, "DELETE FROM audit_events WHERE id = $1", [idAt(4)]);
    expect(await verifyAuditChain(t.db)).toMatchObject({
      ok: false,
      checked: 3,
      firstBroken: { position: 4, reason: "event_missing", eventId: idAt(4) },
    });
  });

  it("(c) deleting chain row 3 → position_gap at 3, and its event shows as unsealed", async () => {
    await tamper(t.db, "DELETE FROM audit_chain WHERE position = 3");
    expect(await verifyAuditChain(t.db)).toEqual({
      ok: false,
      checked: 2,
      firstBroken: { position: 3, reason: "position_gap", eventId: null },
      unsealed: 1,
    });
  });

  it("(d) swapping the events of chain rows 2 and 5 → hash_mismatch at 2", async () => {
    // event_id is unique and checked per row, so the swap goes through a placeholder.
    await tamper(t.db, "UPDATE audit_chain SET event_id = 'swap' WHERE position = 2");
    await tamper(t.db, "UPDATE audit_chain SET event_id = $1 WHERE position = 5", [idAt(2)]);
    await tamper(t.db, "UPDATE audit_chain SET event_id = $1 WHERE position = 2", [idAt(5)]);
    expect(await verifyAuditChain(t.db)).toMatchObject({
      ok: false,
      checked: 1,
      firstBroken: { position: 2, reason: "hash_mismatch", eventId: idAt(5) },
    });
  });

  it("(e) changing the hash of chain row 3 → hash_mismatch at 3", async () => {
    // Row 3 is checked before row 4: its stored hash no longer equals SHA-256(prev ‖ event 3),
    // so the break is reported at 3; row 4's prev_hash mismatch would come second.
    await tamper(t.db, "UPDATE audit_chain SET hash = repeat('a', 64) WHERE position = 3");
    expect(await verifyAuditChain(t.db)).toMatchObject({
      ok: false,
      checked: 2,
      firstBroken: { position: 3, reason: "hash_mismatch", eventId: idAt(3) },
    });
  });

  it("(f) rewriting event 3 and re-hashing its link → prev_hash_mismatch at 4", async () => {
    // A forger who fixes up link 3 to match the new event is caught by link 4, which still
    // carries the old hash as its prev_hash — only rewriting the whole tail would hide it.
    await tamper(t.db, "UPDATE audit_events SET actor_id = 'usr_innocent' WHERE id = $1", [idAt(3)]);
    const [row] = await t.db.orm
      .select(storedEventColumns)
      .from(auditEvents)
      .where(eq(auditEvents.id, idAt(3)));
    const [link2] = await t.db.query<{ hash: string }>("SELECT hash FROM audit_chain WHERE position = 2");
    const forged = hashLink(link2?.hash as string, canonicalStoredEvent(row as NonNullable<typeof row>));
    await tamper(t.db, "UPDATE audit_chain SET hash = $1 WHERE position = 3", [forged]);
    expect(await verifyAuditChain(t.db)).toMatchObject({
      ok: false,
      checked: 3,
      firstBroken: { position: 4, reason: "prev_hash_mismatch", eventId: idAt(4) },
    });
  });
});

describe("a chain longer than one verification page", () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase();
  });
  afterAll(() => t.close());

  it("seals 5,050 events in batches and finds a break on the second page", async () => {
    // Bulk-written in SQL (recordAuditEvent one by one would be slow); ids stay unique and sorted.
    await t.db.query(
      `INSERT INTO audit_events (id, ${auditEvents.occurredAt.name}, actor_type, actor_id, action, object_type, object_id, after)
       SELECT 'aud_bulk_' || lpad(i::text, 5, '0'), timestamptz '2026-01-01 00:00:00Z' + i * interval '1 ms',
              'system', 'bulk', 'bulk.write', 'card', i::text, jsonb_build_object('n', i, '名', '批量')
         FROM generate_series(1, 5050) AS i`,
    );
    expect(await sealAuditChain(t.db, new Date(), { batchSize: 1000 })).toBe(5050);
    expect(await verifyAuditChain(t.db)).toEqual({ ok: true, checked: 5050, firstBroken: null, unsealed: 0 });
    await tamper(t.db, "UPDATE audit_events SET actor_id = 'x' WHERE id = 'aud_bulk_05020'");
    expect(await verifyAuditChain(t.db)).toMatchObject({
      checked: 5019,
      firstBroken: { position: 5020, reason: "hash_mismatch", eventId: "aud_bulk_05020" },
    });
  });
});
