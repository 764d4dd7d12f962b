import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Schemas } from "../helpers/api-client.ts";
import { buildApp, requestInit } from "../helpers/app.ts";
import { createTestDatabase, type TestDatabase } from "../helpers/database.ts";
import { Fixtures } from "../helpers/fixtures.ts";
import { newOutlet } from "../helpers/funds.ts";
import { expectProblem } from "../helpers/problem.ts";
import { sqlStateOf } from "../helpers/sql-state.ts";

/**
 * A unit can be disabled (停用) by a sysadmin of its tree, only once nobody works there and it
 * keeps no cards; a disabled unit receives no transfers and sells nothing until enabled again.
 */

type Staff = Awaited<ReturnType<Fixtures["staff"]>>;
type Unit = Schemas["Unit"];

let t: TestDatabase;
let f: Fixtures;
let app: ReturnType<typeof buildApp>;
let admin: Staff; // sysadmin of the city
let cardAdmin: Staff; // card admin of the city: sends cards down
let auditor: Staff;
let otherAdmin: Staff; // sysadmin of the other city

beforeAll(async () => {
  t = await createTestDatabase();
  f = await Fixtures.create(t.db);
  app = buildApp(t.db);
  [admin, cardAdmin, auditor, otherAdmin] = await Promise.all([
    f.staff(["sysadmin"]),
    f.staff(["card_admin"]),
    f.staff(["auditor"]),
    f.staff(["sysadmin"], { unitId: f.otherCityId }),
  ]);
});
afterAll(() => t?.close());

let keys = 0;
const call = (method: string, path: string, token: string | undefined, body?: unknown) =>
  app.request(path, requestInit(method, { body, token, idempotencyKey: `unit-status-${++keys}` }));
const setStatus = (unitId: string, status: string, token = admin.token) =>
  call("PUT", `/v1/units/${unitId}/status`, token, { status });
const statusRow = async (unitId: string) =>
  (
    await t.db.query<{ status: string; disabled: boolean }>(
      "SELECT status, disabled_at IS NOT NULL AS disabled FROM org_units WHERE id = $1",
      [unitId],
    )
  )[0];
const sell = (clerk: Staff, range: { firstCardNo: string; lastCardNo: string }) =>
  call("POST", "/v1/card-sales", clerk.token, {
    firstCardNo: range.firstCardNo,
    lastCardNo: range.lastCardNo,
  });
const sendTo = (unitId: string, range: { firstCardNo: string; lastCardNo: string }) =>
  call("POST", "/v1/card-transfers", cardAdmin.token, {
    fromUnitId: f.cityId,
    toUnitId: unitId,
    firstCardNo: range.firstCardNo,
    lastCardNo: range.lastCardNo,
  });
const unitAudit = (unitId: string) =>
  t.db.query<{ action: string; actor_id: string; before: unknown; after: unknown }>(
    "SELECT action, actor_id, before, after FROM audit_events WHERE object_id = $1 AND action LIKE 'unit.%abled' ORDER BY entry_no",
    [unitId],
  );

describe("PUT /v1/units/{unitId}/status", () => {
  it("refuses, in words, a unit with active staff and then one still holding cards; disables it once empty", async () => {
    const outlet = await newOutlet(t.db, f);
    const clerk = await f.staff(["clerk"], { unitId: outlet });
    const stock = await f.cardRange(2, { ownerUnitId: outlet });

    const staffed = await expectProblem(await setStatus(outlet, "disabled"), 409, "unit_has_active_staff");
    expect(staffed.detail).toContain("1 active staff user(s)");
    expect(
      await call("PUT", `/v1/users/${clerk.id}/status`, admin.token, { status: "disabled" }),
    ).toHaveProperty("status", 200);
    const stocked = await expectProblem(await setStatus(outlet, "disabled"), 409, "unit_holds_cards");
    expect(stocked.detail).toContain("holds 2 card(s)");
    expect(await statusRow(outlet)).toEqual({ status: "active", disabled: false });
    expect(await unitAudit(outlet)).toEqual([]);

    // The stock leaves (sold here for brevity: sold cards are the customers', not the unit's).
    await t.db.query("UPDATE cards SET state = 'sold' WHERE owner_unit_id = $1", [outlet]);
    expect(stock.cardNos).toHaveLength(2);
    const res = await setStatus(outlet, "disabled");
    expect(res.status).toBe(200);
    const unit = (await res.json()) as Unit;
    expect(unit).toMatchObject({ id: outlet, status: "disabled" });
    expect(new Date(String(unit.disabledAt)).toISOString()).toBe(unit.disabledAt);
    expect(await statusRow(outlet)).toEqual({ status: "disabled", disabled: true });
    expect(await unitAudit(outlet)).toEqual([
      {
        action: "unit.disabled",
        actor_id: admin.id,
        before: { status: "active" },
        after: { status: "disabled" },
      },
    ]);
    // Listed with its status, for the units screen.
    const listed = (await (await call("GET", "/v1/units", admin.token)).json()) as { data: Unit[] };
    expect(listed.data.find((u) => u.id === outlet)).toMatchObject({ status: "disabled" });
  });

  it("a disabled unit receives no transfer and sells nothing; enabled again, it does both", async () => {
    const outlet = await newOutlet(t.db, f);
    expect((await setStatus(outlet, "disabled")).status).toBe(200);

    const fromCity = await f.cardRange(1, { ownerUnitId: f.cityId });
    const refused = await expectProblem(await sendTo(outlet, fromCity), 409, "unit_disabled");
    expect(refused.detail).toContain("is disabled");
    const [kept] = await t.db.query<{ state: string }>("SELECT state FROM cards WHERE card_no = $1", [
      fromCity.firstCardNo,
    ]);
    expect(kept?.state).toBe("in_stock");

    // A clerk put there by hand (the API would not let the unit be disabled with one) sells nothing.
    const clerk = await f.staff(["clerk"], { unitId: outlet });
    const stock = await f.cardRange(1, { ownerUnitId: outlet });
    await expectProblem(await sell(clerk, stock), 409, "unit_disabled");
    const [unsold] = await t.db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM card_sales WHERE outlet_unit_id = $1",
      [outlet],
    );
    expect(unsold?.n).toBe(0);

    const enabled = await setStatus(outlet, "active");
    expect(enabled.status).toBe(200);
    expect(await enabled.json()).toMatchObject({ status: "active", disabledAt: null });
    expect((await unitAudit(outlet)).map((e) => e.action)).toEqual(["unit.disabled", "unit.enabled"]);
    expect((await sell(clerk, stock)).status).toBe(201);
    expect((await sendTo(outlet, fromCity)).status).toBe(201);
  });

  it("cards on their way to the unit keep it from being disabled", async () => {
    const outlet = await newOutlet(t.db, f);
    expect((await sendTo(outlet, await f.cardRange(3, { ownerUnitId: f.cityId }))).status).toBe(201);
    const refused = await expectProblem(await setStatus(outlet, "disabled"), 409, "unit_holds_cards");
    expect(refused.detail).toContain("3 more are on their way");
  });

  it("refuses one's own unit, another city's unit (404), other roles (403), a bad status (400)", async () => {
    await expectProblem(await setStatus(f.cityId, "disabled"), 403, "forbidden");
    await expectProblem(await setStatus(f.cityId, "disabled", otherAdmin.token), 404, "unit_not_found");
    await expectProblem(await setStatus(f.outletId, "disabled", auditor.token), 403, "forbidden");
    await expectProblem(await setStatus(f.outletId, "disabled", cardAdmin.token), 403, "forbidden");
    await expectProblem(await setStatus(f.outletId, "closed"), 400, "validation_failed");
    await expectProblem(
      await call("PUT", `/v1/units/${f.outletId}/status`, undefined, { status: "active" }),
      401,
      "unauthenticated",
    );
    expect(await statusRow(f.cityId)).toEqual({ status: "active", disabled: false });
  });

  it("the database keeps status and disabled_at together", async () => {
    const outlet = await newOutlet(t.db, f);
    expect(
      await sqlStateOf(t.db.query("UPDATE org_units SET status = 'disabled' WHERE id = $1", [outlet])),
    ).toBe("23514");
    expect(
      await sqlStateOf(t.db.query("UPDATE org_units SET disabled_at = now() WHERE id = $1", [outlet])),
    ).toBe("23514");
    expect(await sqlStateOf(t.db.query("UPDATE org_units SET status = 'gone' WHERE id = $1", [outlet]))).toBe(
      "23514",
    );
  });
});
