import { sealAuditChain } from "@powercard/api";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type Answer,
  apiClient,
  bodyText,
  postRecharge,
  type ResponseBody,
  type Schemas,
} from "../helpers/api-client.ts";
import { buildApp, requestInit } from "../helpers/app.ts";
import { createTestDatabase, type TestDatabase } from "../helpers/database.ts";
import { Fixtures } from "../helpers/fixtures.ts";
import { partnerClient } from "../helpers/partners.ts";
import { expectProblem } from "../helpers/problem.ts";
import { sqlStateOf } from "../helpers/sql-state.ts";

/**
 * GET /v1/audit and GET /v1/audit/verify: what the trail shows after real actions, to whom,
 * and whether the hash chain catches an owner rewriting history.
 */

type Staff = Awaited<ReturnType<Fixtures["staff"]>>;

type AuditEvent = Schemas["AuditEvent"];
type AuditPage = ResponseBody<"listAuditEvents">;
type Verification = Schemas["AuditChainReport"];

function caller(app: ReturnType<typeof buildApp>) {
  return async (method: string, path: string, token?: string, body?: unknown): Promise<Response> =>
    app.request(
      path,
      requestInit(method, { body, headers: token ? { Authorization: `Bearer ${token}` } : {} }),
    );
}

describe("GET /v1/audit", () => {
  let t: TestDatabase;
  let f: Fixtures;
  let app: ReturnType<typeof buildApp>;
  let call: ReturnType<typeof caller>;
  let provinceAuditor: Staff;
  let cityAuditor: Staff;
  let otherCityAuditor: Staff;
  let sysadmin: Staff;
  let otherSysadmin: Staff;
  let makerA: Staff;
  let checkerB: Staff;
  let clerk: Staff;
  /** The app's clock: each action happens at its own whole second, so time filters are exact. */
  let clock = new Date();
  let base = 0;
  const at = (k: number) => new Date(base + k * 1000);

  /** What each action should have left in the trail, oldest first. */
  interface Expected {
    at: Date;
    actorType: "user" | "client";
    actorId: string;
    action: string;
    objectType: string;
    objectId: string;
    unitId: string | null;
    requestId: string;
  }
  const done: Expected[] = [];

  async function act<A extends Answer>(
    k: number,
    run: () => A | Promise<A>,
    expected: Omit<Expected, "at" | "requestId">,
  ) {
    clock = at(k);
    const res = await run();
    expect(res.status, `${expected.action}: ${await bodyText(res)}`).toBeLessThan(300);
    const requestId = res.headers.get("x-request-id");
    expect(requestId).toMatch(/^req_/);
    done.push({ ...expected, at: at(k), requestId: requestId as string });
    return res;
  }

  beforeAll(async () => {
    t = await createTestDatabase();
    f = await Fixtures.create(t.db);
    app = buildApp(t.db, { now: () => clock });
    call = caller(app);
    [provinceAuditor, cityAuditor, otherCityAuditor, sysadmin, otherSysadmin, makerA, checkerB, clerk] =
      await Promise.all([
        f.staff(["auditor"], { unitId: f.provinceId }),
        f.staff(["auditor"]),
        f.staff(["auditor"], { unitId: f.otherCityId }),
        f.staff(["sysadmin"]),
        f.staff(["sysadmin"], { unitId: f.otherCityId }),
        f.staff(["card_admin"]),
        f.staff(["card_admin"]),
        f.staff(["clerk"], { unitId: f.outletId }),
      ]);
    const client = await partnerClient(f, t.db);
    const customer = await f.customer();
    const card = await f.card({ state: "sold" });
    await t.db.query(
      "UPDATE cards SET state = 'locked', state_before_lock = 'sold', failed_pin_attempts = 5, locked_at = now() WHERE card_no = $1",
      [card.cardNo],
    );
    // Tokens were issued just now; the clock only moves forward from here.
    base = Math.ceil((Date.now() + 1000) / 1000) * 1000;

    const created = await act(
      1,
      () =>
        call("POST", "/v1/users", sysadmin.token, {
          username: `audit${base}`,
          displayName: "审计对象",
          unitId: f.outletId,
          password: "a long enough initial password",
          roles: ["clerk"],
        }),
      {
        actorType: "user",
        actorId: sysadmin.id,
        action: "user.created",
        objectType: "staff_user",
        objectId: "",
        unitId: f.outletId,
      },
    );
    (done[0] as Expected).objectId = ((await created.json()) as Schemas["StaffUser"]).id;

    const otherCreated = await act(
      2,
      () =>
        call("POST", "/v1/users", otherSysadmin.token, {
          username: `other${base}`,
          displayName: "另一市",
          unitId: f.otherCityId,
          password: "a long enough initial password",
          roles: ["auditor"],
        }),
      {
        actorType: "user",
        actorId: otherSysadmin.id,
        action: "user.created",
        objectType: "staff_user",
        objectId: "",
        unitId: f.otherCityId,
      },
    );
    (done[1] as Expected).objectId = ((await otherCreated.json()) as Schemas["StaffUser"]).id;

    const requested = await act(
      3,
      () => call("POST", `/v1/cards/${card.cardNo}/unlock-requests`, makerA.token, { reason: "wrong PINs" }),
      {
        actorType: "user",
        actorId: makerA.id,
        action: "approval.requested",
        objectType: "approval",
        objectId: "",
        unitId: f.outletId,
      },
    );
    const approvalId = ((await requested.json()) as Schemas["Approval"]).id;
    (done[2] as Expected).objectId = approvalId;

    await act(4, () => call("POST", `/v1/approvals/${approvalId}/approve`, checkerB.token, {}), {
      actorType: "user",
      actorId: checkerB.id,
      action: "approval.approved",
      objectType: "approval",
      objectId: approvalId,
      unitId: f.outletId,
    });

    await act(
      5,
      () =>
        postRecharge(
          apiClient(app, { token: client.token }),
          { cardNo: card.cardNo, pin: card.pin, customerNo: customer.customerNo },
          `audit-${base}`,
        ),
      {
        actorType: "client",
        actorId: client.id,
        action: "recharge.succeeded",
        objectType: "card",
        objectId: card.cardNo,
        unitId: null,
      },
    );
  });
  afterAll(() => t?.close());

  async function page(token: string, query = ""): Promise<AuditPage> {
    const res = await call("GET", `/v1/audit${query}`, token);
    expect(res.status, await res.clone().text()).toBe(200);
    return (await res.json()) as AuditPage;
  }
  const actionsOf = (p: AuditPage) => p.data.map((e) => `${e.action}@${e.objectId}`);
  const expectedActions = (list: Expected[]) => list.map((e) => `${e.action}@${e.objectId}`).reverse();

  it("a province auditor gets every action newest first, with actor, action, object and request id", async () => {
    expect(done.map((e) => e.action)).toEqual([
      "user.created",
      "user.created",
      "approval.requested",
      "approval.approved",
      "recharge.succeeded",
    ]);
    const { data, nextCursor } = await page(provinceAuditor.token, "?limit=200");
    expect(nextCursor).toBeNull();
    expect(data).toHaveLength(done.length);
    const newestFirst = [...done].reverse();
    for (const [i, event] of data.entries()) {
      const want = newestFirst[i] as Expected;
      expect(event).toMatchObject({
        actorType: want.actorType,
        actorId: want.actorId,
        action: want.action,
        objectType: want.objectType,
        objectId: want.objectId,
        unitId: want.unitId,
        requestId: want.requestId,
        occurredAt: want.at.toISOString(),
      });
      expect(event.id).toMatch(/^aud_/);
      if (i > 0) expect(event.entryNo).toBeLessThan((data[i - 1] as AuditEvent).entryNo);
    }
    // The request id of each event is the X-Request-Id of the response that did it, and unique.
    expect(new Set(data.map((e) => e.requestId)).size).toBe(done.length);
    // Secrets never reach the trail.
    expect(JSON.stringify(data)).not.toMatch(/scrypt|password|"pin"/i);
  });

  it("the default page is 50 events; limit must be 1–200", async () => {
    expect((await page(provinceAuditor.token)).data).toHaveLength(done.length);
    for (const bad of ["?limit=0", "?limit=201", "?limit=x", "?cursor=-1", "?from=yesterday", "?unknown=1"]) {
      await expectProblem(
        await call("GET", `/v1/audit${bad}`, provinceAuditor.token),
        400,
        "validation_failed",
      );
    }
  });

  it("filters by actorId", async () => {
    expect(actionsOf(await page(provinceAuditor.token, `?actorId=${makerA.id}`))).toEqual(
      expectedActions(done.filter((e) => e.actorId === makerA.id)),
    );
    expect((await page(provinceAuditor.token, "?actorId=usr_nobody")).data).toEqual([]);
  });

  it("filters by objectType and objectId", async () => {
    const approvalId = (done[2] as Expected).objectId;
    expect(
      actionsOf(await page(provinceAuditor.token, `?objectType=approval&objectId=${approvalId}`)),
    ).toEqual([`approval.approved@${approvalId}`, `approval.requested@${approvalId}`]);
    expect(actionsOf(await page(provinceAuditor.token, "?objectType=staff_user"))).toEqual(
      expectedActions(done.filter((e) => e.objectType === "staff_user")),
    );
    // Both must match: the approval's id under another object type finds nothing.
    expect((await page(provinceAuditor.token, `?objectType=card&objectId=${approvalId}`)).data).toEqual([]);
  });

  it("filters by time: from is inclusive, to is exclusive", async () => {
    const iso = (k: number) => encodeURIComponent(at(k).toISOString());
    expect(actionsOf(await page(provinceAuditor.token, `?from=${iso(3)}`))).toEqual(
      expectedActions(done.slice(2)),
    );
    expect(actionsOf(await page(provinceAuditor.token, `?to=${iso(3)}`))).toEqual(
      expectedActions(done.slice(0, 2)),
    );
    expect(actionsOf(await page(provinceAuditor.token, `?from=${iso(2)}&to=${iso(4)}`))).toEqual(
      expectedActions(done.slice(1, 3)),
    );
    expect((await page(provinceAuditor.token, `?from=${iso(6)}`)).data).toEqual([]);
  });

  it("limit=2 with nextCursor walks every event exactly once, newest first", async () => {
    const all = await page(provinceAuditor.token, "?limit=200");
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const p: AuditPage = await page(provinceAuditor.token, `?limit=2${cursor ? `&cursor=${cursor}` : ""}`);
      expect(p.data.length).toBeGreaterThan(0);
      expect(p.data.length).toBeLessThanOrEqual(2);
      seen.push(...p.data.map((e) => e.id));
      cursor = p.nextCursor;
      pages++;
      expect(pages).toBeLessThan(10);
    } while (cursor);
    expect(seen).toEqual(all.data.map((e) => e.id));
    expect(new Set(seen).size).toBe(done.length);
    expect(pages).toBe(Math.ceil(done.length / 2));
  });

  it("a city auditor sees their subtree only: not the other city's events, not unit-less ones", async () => {
    const own = await page(cityAuditor.token, "?limit=200");
    expect(actionsOf(own)).toEqual(expectedActions(done.filter((e) => e.unitId === f.outletId)));
    const otherUser = (done[1] as Expected).objectId;
    expect(actionsOf(own)).not.toContain(`user.created@${otherUser}`);
    expect((await page(cityAuditor.token, `?objectId=${otherUser}`)).data).toEqual([]);

    const other = await page(otherCityAuditor.token, "?limit=200");
    expect(actionsOf(other)).toEqual([`user.created@${otherUser}`]);
  });

  it("only auditors: no token 401; sysadmin, clerk and card_admin 403, on both routes", async () => {
    for (const path of ["/v1/audit", "/v1/audit/verify"]) {
      await expectProblem(await call("GET", path), 401, "unauthenticated");
      for (const who of [sysadmin, clerk, makerA]) {
        await expectProblem(await call("GET", path, who.token), 403, "forbidden");
      }
    }
  });
});

describe("GET /v1/audit/verify", () => {
  let t: TestDatabase;
  let f: Fixtures;
  let call: ReturnType<typeof caller>;
  let auditor: Staff;
  let sysadmin: Staff;

  beforeAll(async () => {
    t = await createTestDatabase();
    f = await Fixtures.create(t.db);
    call = caller(buildApp(t.db));
    [auditor, sysadmin] = await Promise.all([f.staff(["auditor"]), f.staff(["sysadmin"])]);
  });
  afterAll(() => t?.close());

  const newUnit = (n: number) =>
    call("POST", "/v1/units", sysadmin.token, {
      code: `AUD-${Date.now().toString(36).toUpperCase()}-${n}`,
      name: `单位${n}`,
      kind: "county",
      parentId: f.cityId,
    });

  async function verify(): Promise<Verification> {
    const res = await call("GET", "/v1/audit/verify", auditor.token);
    expect(res.status).toBe(200);
    return (await res.json()) as Verification;
  }

  /** A chain link as the report names it: position, event id and the event's time (RFC 3339 UTC). */
  async function linkAt(position: number) {
    const [row] = await t.db.query<{ event_id: string; occurred_at: Date | string }>(
      "SELECT c.event_id, e.occurred_at FROM audit_chain c JOIN audit_events e ON e.id = c.event_id WHERE c.position = $1",
      [position],
    );
    return {
      position,
      eventId: row?.event_id,
      occurredAt: new Date(row?.occurred_at as string).toISOString(),
    };
  }

  /** The owner switching the append-only trigger off, rewriting one event, and switching it back. */
  async function tamper(statement: string, params: unknown[]) {
    await t.db.query("ALTER TABLE audit_events DISABLE TRIGGER audit_events_append_only");
    try {
      await t.db.query(statement, params);
    } finally {
      await t.db.query("ALTER TABLE audit_events ENABLE TRIGGER audit_events_append_only");
    }
  }

  it("is ok over the sealed chain, counts unsealed events, and finds the first rewritten event", async () => {
    for (let i = 1; i <= 4; i++) expect((await newUnit(i)).status).toBe(201);
    const sealed = await sealAuditChain(t.db, new Date());
    expect(sealed).toBe(4);
    const fourth = await linkAt(4);
    expect(await verify()).toEqual({
      ok: true,
      checked: 4,
      firstBroken: null,
      unsealed: 0,
      lastIntact: fourth,
    });

    // A new event waits for the sealer without breaking anything.
    expect((await newUnit(5)).status).toBe(201);
    expect(await verify()).toEqual({
      ok: true,
      checked: 4,
      firstBroken: null,
      unsealed: 1,
      lastIntact: fourth,
    });
    expect(await sealAuditChain(t.db, new Date())).toBe(1);
    expect(await verify()).toMatchObject({ ok: true, checked: 5, unsealed: 0 });

    // Without disabling the trigger, not even the owner may change an event.
    const [third] = await t.db.query<{ event_id: string }>(
      "SELECT event_id FROM audit_chain WHERE position = 3",
    );
    const eventId = third?.event_id as string;
    expect(
      await sqlStateOf(t.db.query("UPDATE audit_events SET action = 'unit.forged' WHERE id = $1", [eventId])),
    ).toBe("42501"); // insufficient_privilege
    expect(await verify()).toMatchObject({ ok: true, checked: 5 });

    await tamper(`UPDATE audit_events SET after = '{"code":"FORGED"}'::jsonb WHERE id = $1`, [eventId]);
    // Intact up to link 2: named by its event and that event's time.
    expect(await verify()).toEqual({
      ok: false,
      checked: 2,
      lastIntact: await linkAt(2),
      firstBroken: { position: 3, reason: "hash_mismatch", eventId },
      unsealed: 0,
    });
  });
});
