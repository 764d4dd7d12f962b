import { randomInt } from "node:crypto";
import { makeCardNo } from "@powercard/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiClient, postRecharge, type ResponseBody, type Schemas } from "../helpers/api-client.ts";
import { buildApp, requestInit } from "../helpers/app.ts";
import { createTestDatabase, realPostgresOnly, type TestDatabase } from "../helpers/database.ts";
import { Fixtures } from "../helpers/fixtures.ts";
import { expectProblem } from "../helpers/problem.ts";
import { auditRefusal } from "../helpers/refuse-audit.ts";
import { sqlStateOf } from "../helpers/sql-state.ts";

/**
 * Maker-checker on the card-unlock flow: one card_admin asks, another of the card's units
 * approves, and the approval restores the card in the same transaction as the decision.
 */

type Staff = Awaited<ReturnType<Fixtures["staff"]>>;

type Approval = Schemas["Approval"];

let t: TestDatabase;
let f: Fixtures;
let app: ReturnType<typeof buildApp>;
let makerA: Staff; // card_admin of the city
let checkerB: Staff; // card_admin of the city
let checkerC: Staff; // card_admin of the city
let fundAdmin: Staff; // fund_admin of the city: in scope, wrong role
let otherCardAdmin: Staff; // card_admin of the other city
let cityAuditor: Staff;
let clerk: Staff;
let counter: { apiKey: string };
let customerNo: string;

beforeAll(async () => {
  t = await createTestDatabase();
  f = await Fixtures.create(t.db);
  app = buildApp(t.db);
  [makerA, checkerB, checkerC, fundAdmin, otherCardAdmin, cityAuditor, clerk] = await Promise.all([
    f.staff(["card_admin"]),
    f.staff(["card_admin"]),
    f.staff(["card_admin"]),
    f.staff(["fund_admin"]),
    f.staff(["card_admin"], { unitId: f.otherCityId }),
    f.staff(["auditor"]),
    f.staff(["clerk"], { unitId: f.outletId }),
  ]);
  counter = await f.client("counter");
  customerNo = (await f.customer()).customerNo;
});
afterAll(() => t?.close());

async function call(method: string, path: string, token?: string, body?: unknown): Promise<Response> {
  const headers: Record<string, string> = token ? { Authorization: `Bearer ${token}` } : {};
  return app.request(path, requestInit(method, { body, headers }));
}

/** The customer recharges the card at the counter. */
const rechargeCard = (cardNo: string, pin: string) =>
  postRecharge(apiClient(app, { apiKey: counter.apiKey }), { cardNo, pin, customerNo });

const WRONG_PIN = "0000000000000000";

/** A sold card locked by wrong PINs, set directly (the recharge path is tested once below). */
async function lockedCard(stateBeforeLock: "sold" | "in_stock" = "sold") {
  const card = await f.card({ state: stateBeforeLock, pin: "1234567890123456" });
  await t.db.query(
    `UPDATE cards SET state = 'locked', state_before_lock = $2, failed_pin_attempts = 5, locked_at = now()
      WHERE card_no = $1`,
    [card.cardNo, stateBeforeLock],
  );
  return card;
}

async function cardRow(cardNo: string) {
  const [row] = await t.db.query<{
    state: string;
    state_before_lock: string | null;
    failed_pin_attempts: number;
    locked_at: unknown;
  }>("SELECT state, state_before_lock, failed_pin_attempts, locked_at FROM cards WHERE card_no = $1", [
    cardNo,
  ]);
  return row;
}

async function approvalRow(id: string) {
  const [row] = await t.db.query<{ state: string; checker_id: string | null }>(
    "SELECT state, checker_id FROM approvals WHERE id = $1",
    [id],
  );
  return row;
}

const askUnlock = (cardNo: string, who: Staff = makerA, reason = "customer typed a wrong PIN") =>
  call("POST", `/v1/cards/${cardNo}/unlock-requests`, who.token, { reason });

/** A locked card and a pending unlock request for it, made by card_admin A. */
async function openUnlock(stateBeforeLock: "sold" | "in_stock" = "sold") {
  const card = await lockedCard(stateBeforeLock);
  const res = await askUnlock(card.cardNo);
  expect(res.status).toBe(201);
  return { card, approval: (await res.json()) as Approval };
}

const decide = (approvalId: string, decision: "approve" | "reject", who: Staff, note?: string) =>
  call("POST", `/v1/approvals/${approvalId}/${decision}`, who.token, note === undefined ? {} : { note });

interface AuditRow {
  action: string;
  actor_id: string;
  object_type: string;
  object_id: string;
  unit_id: string | null;
  request_id: string | null;
}
async function auditCount(): Promise<number> {
  const [row] = await t.db.query<{ n: number }>("SELECT count(*)::int AS n FROM audit_events");
  return Number(row?.n);
}
async function auditFor(objectId: string): Promise<AuditRow[]> {
  return t.db.query<AuditRow & Record<string, unknown>>(
    "SELECT action, actor_id, object_type, object_id, unit_id, request_id FROM audit_events WHERE object_id = $1 ORDER BY entry_no",
    [objectId],
  );
}

describe("card unlock: the request", () => {
  it("five wrong PINs lock the card; card_admin A asks to unlock it: 201 pending", async () => {
    const card = await f.card({ state: "sold" });
    for (let i = 1; i <= 4; i++)
      await expectProblem(await rechargeCard(card.cardNo, WRONG_PIN), 422, "pin_incorrect");
    await expectProblem(await rechargeCard(card.cardNo, WRONG_PIN), 423, "card_locked");
    await expectProblem(await rechargeCard(card.cardNo, card.pin), 423, "card_locked");
    expect(await cardRow(card.cardNo)).toMatchObject({
      state: "locked",
      state_before_lock: "sold",
      failed_pin_attempts: 5,
    });

    const res = await askUnlock(card.cardNo);
    expect(res.status).toBe(201);
    const approval = (await res.json()) as Approval;
    expect(approval).toMatchObject({
      kind: "card_unlock",
      objectType: "card",
      objectId: card.cardNo,
      unitId: f.outletId,
      makerId: makerA.id,
      maker: { id: makerA.id, username: makerA.username, displayName: "测试 card_admin" },
      checkerRole: "card_admin",
      state: "pending",
      checkerId: null,
      checker: null,
      decidedAt: null,
      decisionNote: null,
    });
    // The figures the console words the summary from, in the reader's language.
    expect(approval.details).toEqual({
      kind: "card_unlock",
      cardNo: card.cardNo,
      reason: expect.stringContaining("customer typed a wrong PIN"),
    });
    expect(approval.id).toMatch(/^apr_/);
    expect(approval.summary).toContain("customer typed a wrong PIN");
    // Asking changes nothing yet.
    expect((await cardRow(card.cardNo))?.state).toBe("locked");

    const events = await auditFor(approval.id);
    expect(events).toEqual([
      {
        action: "approval.requested",
        actor_id: makerA.id,
        object_type: "approval",
        object_id: approval.id,
        unit_id: f.outletId,
        request_id: res.headers.get("x-request-id"),
      },
    ]);
  });

  it("a card that is not locked: 409 card_not_locked, no approval", async () => {
    const used = await f.card({ state: "sold" });
    expect((await rechargeCard(used.cardNo, used.pin)).status).toBe(201);
    const cards = [await f.card({ state: "sold" }), await f.card({ state: "in_stock" }), used];
    const before = await auditCount();
    for (const card of cards) {
      await expectProblem(await askUnlock(card.cardNo), 409, "card_not_locked");
      expect(await t.db.query("SELECT 1 FROM approvals WHERE object_id = $1", [card.cardNo])).toHaveLength(0);
    }
    expect(await auditCount()).toBe(before);
  });

  it("a card of the first city's outlet, asked by the other city's card_admin: 404 card_not_found_for_staff", async () => {
    const card = await lockedCard();
    const before = await auditCount();
    await expectProblem(await askUnlock(card.cardNo, otherCardAdmin), 404, "card_not_found_for_staff");
    // An unknown card number gets the very same answer.
    const unknown = makeCardNo("33", randomInt(1, 2 ** 40));
    await expectProblem(await askUnlock(unknown), 404, "card_not_found_for_staff");
    expect(await t.db.query("SELECT 1 FROM approvals WHERE object_id = $1", [card.cardNo])).toHaveLength(0);
    expect(await auditCount()).toBe(before);
  });

  it("only a card_admin asks: no token 401, fund_admin, clerk and auditor 403", async () => {
    const card = await lockedCard();
    await expectProblem(
      await call("POST", `/v1/cards/${card.cardNo}/unlock-requests`, undefined, { reason: "x" }),
      401,
      "unauthenticated",
    );
    for (const who of [fundAdmin, clerk, cityAuditor]) {
      await expectProblem(await askUnlock(card.cardNo, who), 403, "forbidden");
    }
    expect(await t.db.query("SELECT 1 FROM approvals WHERE object_id = $1", [card.cardNo])).toHaveLength(0);
  });
});

describe("card unlock: the decision", () => {
  it("the maker cannot decide their own request: 403 approval_self_decision, nothing changes", async () => {
    const { card, approval } = await openUnlock();
    await expectProblem(await decide(approval.id, "approve", makerA), 403, "approval_self_decision");
    await expectProblem(await decide(approval.id, "reject", makerA), 403, "approval_self_decision");
    expect(await approvalRow(approval.id)).toEqual({ state: "pending", checker_id: null });
    expect((await cardRow(card.cardNo))?.state).toBe("locked");
    expect((await auditFor(approval.id)).map((e) => e.action)).toEqual(["approval.requested"]);
  });

  it("a fund_admin of the same city cannot decide a card unlock: 403 forbidden", async () => {
    const { card, approval } = await openUnlock();
    // The fund_admin may read it…
    expect((await call("GET", `/v1/approvals/${approval.id}`, fundAdmin.token)).status).toBe(200);
    // …but not decide it.
    await expectProblem(await decide(approval.id, "approve", fundAdmin), 403, "forbidden");
    await expectProblem(await decide(approval.id, "reject", fundAdmin), 403, "forbidden");
    expect(await approvalRow(approval.id)).toEqual({ state: "pending", checker_id: null });
    expect((await cardRow(card.cardNo))?.state).toBe("locked");
    expect((await auditFor(approval.id)).map((e) => e.action)).toEqual(["approval.requested"]);
  });

  it("card_admin B of the same city approves: 200, the card is sold again with a fresh counter and recharges", async () => {
    const { card, approval } = await openUnlock();
    const res = await decide(approval.id, "approve", checkerB, "checked the customer's id");
    expect(res.status).toBe(200);
    const decided = (await res.json()) as Approval;
    expect(decided).toMatchObject({
      id: approval.id,
      state: "approved",
      makerId: makerA.id,
      maker: { id: makerA.id, username: makerA.username, displayName: "测试 card_admin" },
      checkerId: checkerB.id,
      checker: { id: checkerB.id, username: checkerB.username, displayName: "测试 card_admin" },
      decisionNote: "checked the customer's id",
    });
    expect(new Date(String(decided.decidedAt)).toISOString()).toBe(decided.decidedAt);
    expect(await cardRow(card.cardNo)).toEqual({
      state: "sold",
      state_before_lock: null,
      failed_pin_attempts: 0,
      locked_at: null,
    });

    const events = await auditFor(approval.id);
    expect(events.map((e) => e.action)).toEqual(["approval.requested", "approval.approved"]);
    expect(events[1]).toMatchObject({
      actor_id: checkerB.id,
      unit_id: f.outletId,
      request_id: res.headers.get("x-request-id"),
    });

    const recharged = await rechargeCard(card.cardNo, card.pin);
    expect(recharged.status).toBe(201);
    expect(recharged.data?.amountFen).toBe(card.faceValueFen);
  });

  it("the fresh counter is real: after unlocking, four wrong PINs do not lock the card again", async () => {
    const { card, approval } = await openUnlock();
    expect((await decide(approval.id, "approve", checkerB)).status).toBe(200);
    for (let i = 0; i < 4; i++)
      await expectProblem(await rechargeCard(card.cardNo, WRONG_PIN), 422, "pin_incorrect");
    expect((await rechargeCard(card.cardNo, card.pin)).status).toBe(201);
  });

  it("a card locked while in stock goes back to in_stock", async () => {
    const { card, approval } = await openUnlock("in_stock");
    expect((await decide(approval.id, "approve", checkerB)).status).toBe(200);
    expect(await cardRow(card.cardNo)).toMatchObject({ state: "in_stock", failed_pin_attempts: 0 });
  });

  it("a decided request cannot be decided again: 409 approval_not_pending, one decision in the audit trail", async () => {
    const { card, approval } = await openUnlock();
    expect((await decide(approval.id, "approve", checkerB)).status).toBe(200);
    await expectProblem(await decide(approval.id, "approve", checkerB), 409, "approval_not_pending");
    await expectProblem(await decide(approval.id, "approve", checkerC), 409, "approval_not_pending");
    await expectProblem(await decide(approval.id, "reject", checkerC), 409, "approval_not_pending");
    expect(await approvalRow(approval.id)).toEqual({ state: "approved", checker_id: checkerB.id });
    expect((await cardRow(card.cardNo))?.state).toBe("sold");
    expect((await auditFor(approval.id)).map((e) => e.action)).toEqual([
      "approval.requested",
      "approval.approved",
    ]);
  });

  it("reject leaves the card locked, and a rejected request cannot be approved afterwards", async () => {
    const { card, approval } = await openUnlock();
    const res = await decide(approval.id, "reject", checkerB, "no proof of purchase");
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({
      state: "rejected",
      checkerId: checkerB.id,
      decisionNote: "no proof of purchase",
    });
    expect(await cardRow(card.cardNo)).toMatchObject({
      state: "locked",
      state_before_lock: "sold",
      failed_pin_attempts: 5,
    });
    await expectProblem(await rechargeCard(card.cardNo, card.pin), 423, "card_locked");
    await expectProblem(await decide(approval.id, "approve", checkerC), 409, "approval_not_pending");
    expect((await cardRow(card.cardNo))?.state).toBe("locked");
    expect((await auditFor(approval.id)).map((e) => e.action)).toEqual([
      "approval.requested",
      "approval.rejected",
    ]);
  });

  it("the other city's card_admin: 404 approval_not_found on GET, approve and reject; not in their list", async () => {
    const { card, approval } = await openUnlock();
    await expectProblem(
      await call("GET", `/v1/approvals/${approval.id}`, otherCardAdmin.token),
      404,
      "approval_not_found",
    );
    await expectProblem(await decide(approval.id, "approve", otherCardAdmin), 404, "approval_not_found");
    await expectProblem(await decide(approval.id, "reject", otherCardAdmin), 404, "approval_not_found");
    const list = await call("GET", "/v1/approvals", otherCardAdmin.token);
    expect(list.status).toBe(200);
    expect(((await list.json()) as ResponseBody<"listApprovals">).data.map((a) => a.id)).not.toContain(
      approval.id,
    );
    expect(await approvalRow(approval.id)).toEqual({ state: "pending", checker_id: null });
    expect((await cardRow(card.cardNo))?.state).toBe("locked");
  });

  it("an unknown approval: 404 approval_not_found", async () => {
    await expectProblem(
      await call("GET", "/v1/approvals/apr_does_not_exist", checkerB.token),
      404,
      "approval_not_found",
    );
    await expectProblem(await decide("apr_does_not_exist", "approve", checkerB), 404, "approval_not_found");
  });

  it("who may decide at all: no token 401; clerk, auditor and sysadmin 403", async () => {
    const { approval } = await openUnlock();
    await expectProblem(
      await call("POST", `/v1/approvals/${approval.id}/approve`, undefined, {}),
      401,
      "unauthenticated",
    );
    const sysadmin = await f.staff(["sysadmin"]);
    for (const who of [clerk, cityAuditor, sysadmin]) {
      await expectProblem(await decide(approval.id, "approve", who), 403, "forbidden");
    }
    expect(await approvalRow(approval.id)).toEqual({ state: "pending", checker_id: null });
  });

  it("GET /v1/approvals lists the subtree's requests, filtered by state", async () => {
    const { approval: pending } = await openUnlock();
    const { approval: done } = await openUnlock();
    expect((await decide(done.id, "approve", checkerB)).status).toBe(200);
    for (const reader of [checkerB, cityAuditor]) {
      const res = await call("GET", "/v1/approvals?state=pending", reader.token);
      expect(res.status).toBe(200);
      const data = ((await res.json()) as ResponseBody<"listApprovals">).data;
      expect(data.map((a) => a.id)).toContain(pending.id);
      expect(data.map((a) => a.id)).not.toContain(done.id);
      expect(data.every((a) => a.state === "pending")).toBe(true);
    }
    const approved = await call("GET", "/v1/approvals?state=approved", checkerB.token);
    expect(((await approved.json()) as ResponseBody<"listApprovals">).data.map((a) => a.id)).toContain(
      done.id,
    );
  });
});

describe("the database refuses self-approval", () => {
  it("UPDATE approvals SET checker_id = maker_id: 23514 (maker is not checker)", async () => {
    const { card, approval } = await openUnlock();
    const update = t.db.query(
      "UPDATE approvals SET state = 'approved', checker_id = maker_id, decided_at = now() WHERE id = $1",
      [approval.id],
    );
    expect(await sqlStateOf(update)).toBe("23514");
    expect(
      await sqlStateOf(
        t.db.query(
          "UPDATE approvals SET state = 'rejected', checker_id = maker_id, decided_at = now() WHERE id = $1",
          [approval.id],
        ),
      ),
    ).toBe("23514");
    expect(await approvalRow(approval.id)).toEqual({ state: "pending", checker_id: null });
    expect((await cardRow(card.cardNo))?.state).toBe("locked");
  });

  it("a pending request cannot carry a checker or a decision time (approvals_decision_complete)", async () => {
    const { approval } = await openUnlock();
    for (const set of [`checker_id = '${checkerB.id}'`, "decided_at = now()"]) {
      expect(await sqlStateOf(t.db.query(`UPDATE approvals SET ${set} WHERE id = $1`, [approval.id]))).toBe(
        "23514",
      );
    }
    expect(await approvalRow(approval.id)).toEqual({ state: "pending", checker_id: null });
  });

  it("a decision without a checker is refused (approvals_decision_complete)", async () => {
    const { approval } = await openUnlock();
    const state = await sqlStateOf(
      t.db.query("UPDATE approvals SET state = 'approved', decided_at = now() WHERE id = $1", [approval.id]),
    );
    expect(state).toBe("23514");
  });
});

describe("a decision and its audit event are one transaction", () => {
  const refusal = auditRefusal(() => t.db);
  const withAuditRefused = refusal.withAuditRefused;
  beforeAll(() => refusal.install());
  afterAll(() => refusal.uninstall());

  it("approval refused by the audit trail: 500, still pending, card still locked", async () => {
    const { card, approval } = await openUnlock();
    const res = await withAuditRefused("approval.approved", () => decide(approval.id, "approve", checkerB));
    await expectProblem(res, 500, "internal_error");
    expect(await approvalRow(approval.id)).toEqual({ state: "pending", checker_id: null });
    expect(await cardRow(card.cardNo)).toMatchObject({ state: "locked", failed_pin_attempts: 5 });
    // Once the audit trail accepts it again, the same decision goes through.
    expect((await decide(approval.id, "approve", checkerB)).status).toBe(200);
  });

  it("request refused by the audit trail: 500 and no approval row", async () => {
    const card = await lockedCard();
    const res = await withAuditRefused("approval.requested", () => askUnlock(card.cardNo));
    await expectProblem(res, 500, "internal_error");
    expect(await t.db.query("SELECT 1 FROM approvals WHERE object_id = $1", [card.cardNo])).toHaveLength(0);
  });
});

const { skip, reason } = realPostgresOnly();
if (skip) console.warn(`[api/approvals] concurrent decisions: ${reason}`);

describe.skipIf(skip)("concurrent decisions (real PostgreSQL)", () => {
  it("two checkers approve one request at once: exactly one 200, the other 409; one decision, one unlock", async () => {
    const opened = await Promise.all(Array.from({ length: 6 }, () => openUnlock()));
    await Promise.all(
      opened.map(async ({ card, approval }) => {
        const responses = await Promise.all([
          decide(approval.id, "approve", checkerB),
          decide(approval.id, "approve", checkerC),
        ]);
        const statuses = responses.map((r) => r.status).sort();
        expect(statuses).toEqual([200, 409]);
        const loser = responses.find((r) => r.status === 409) as Response;
        await expectProblem(loser, 409, "approval_not_pending");
        const winner = (await (responses.find((r) => r.status === 200) as Response).json()) as Approval;
        expect(await approvalRow(approval.id)).toEqual({ state: "approved", checker_id: winner.checkerId });
        expect(await cardRow(card.cardNo)).toMatchObject({ state: "sold", failed_pin_attempts: 0 });
        const decisions = (await auditFor(approval.id)).filter((e) => e.action !== "approval.requested");
        expect(decisions).toHaveLength(1);
        expect(decisions[0]?.actor_id).toBe(winner.checkerId);
      }),
    );
  });

  it("approve and reject at once: exactly one wins and the card matches the winner", async () => {
    const opened = await Promise.all(Array.from({ length: 6 }, () => openUnlock()));
    await Promise.all(
      opened.map(async ({ card, approval }) => {
        const [approve, reject] = await Promise.all([
          decide(approval.id, "approve", checkerB),
          decide(approval.id, "reject", checkerC),
        ]);
        expect([approve.status, reject.status].sort()).toEqual([200, 409]);
        const state = (await approvalRow(approval.id))?.state;
        expect(state).toBe(approve.status === 200 ? "approved" : "rejected");
        expect((await cardRow(card.cardNo))?.state).toBe(state === "approved" ? "sold" : "locked");
      }),
    );
  });
});
