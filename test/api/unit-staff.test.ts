import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Schemas } from "../helpers/api-client.ts";
import { buildApp, requestInit } from "../helpers/app.ts";
import { createTestDatabase, type TestDatabase } from "../helpers/database.ts";
import { Fixtures } from "../helpers/fixtures.ts";
import { expectProblem } from "../helpers/problem.ts";

/**
 * GET /v1/units/{unitId}/staff: the card administrator's picker of the clerk a transfer goes to.
 * Only card_admin may call it, only for a unit of their subtree, only active users, only the
 * fields a picker needs.
 */
type Staff = Awaited<ReturnType<Fixtures["staff"]>>;
type Member = Schemas["UnitStaffMember"];

let t: TestDatabase;
let f: Fixtures;
let app: ReturnType<typeof buildApp>;
let cityAdmin: Staff;
let otherCityAdmin: Staff;
let clerkA: Staff;
let clerkB: Staff;
let disabledClerk: Staff;
let otherOutletClerk: Staff;

beforeAll(async () => {
  t = await createTestDatabase();
  f = await Fixtures.create(t.db);
  app = buildApp(t.db);
  [cityAdmin, otherCityAdmin, clerkA, clerkB, disabledClerk, otherOutletClerk] = await Promise.all([
    f.staff(["card_admin"], { unitId: f.cityId }),
    f.staff(["card_admin"], { unitId: f.otherCityId }),
    f.staff(["clerk"], { unitId: f.outletId }),
    f.staff(["clerk"], { unitId: f.outletId }),
    f.staff(["clerk"], { unitId: f.outletId }),
    f.staff(["clerk"], { unitId: f.otherOutletId }),
  ]);
  await t.db.query("UPDATE staff_users SET status = 'disabled' WHERE id = $1", [disabledClerk.id]);
});
afterAll(() => t?.close());

const get = (path: string, token: string) => app.request(path, requestInit("GET", { token }));

describe("the staff of a unit, for the transfer picker", () => {
  it("lists the active clerks of an outlet of the card admin's subtree, with a picker's fields only", async () => {
    const res = await get(`/v1/units/${f.outletId}/staff?role=clerk`, cityAdmin.token);
    expect(res.status).toBe(200);
    const { data } = (await res.json()) as { data: Member[] };
    expect(data.map((u) => u.id).sort()).toEqual([clerkA.id, clerkB.id].sort());
    expect(data.find((u) => u.id === clerkA.id)).toEqual({
      id: clerkA.id,
      username: clerkA.username,
      displayName: "测试 clerk",
      unitId: f.outletId,
      roles: ["clerk"],
    });
    // Never the login state, lock or password fields of the full user record.
    for (const u of data)
      expect(Object.keys(u).sort()).toEqual(["displayName", "id", "roles", "unitId", "username"]);
  });

  it("filters by role: the city's card admins are not clerks", async () => {
    const clerks = (await (await get(`/v1/units/${f.cityId}/staff?role=clerk`, cityAdmin.token)).json()) as {
      data: Member[];
    };
    expect(clerks.data).toEqual([]);
    const all = (await (await get(`/v1/units/${f.cityId}/staff`, cityAdmin.token)).json()) as {
      data: Member[];
    };
    expect(all.data.map((u) => u.id)).toContain(cityAdmin.id);
  });

  it("a unit outside the subtree is not found (404), like a unit that does not exist", async () => {
    await expectProblem(
      await get(`/v1/units/${f.otherOutletId}/staff`, cityAdmin.token),
      404,
      "unit_not_found",
    );
    await expectProblem(await get("/v1/units/unt_nope/staff", cityAdmin.token), 404, "unit_not_found");
    // The other city's admin sees their own outlet's clerk and not ours.
    const theirs = (await (await get(`/v1/units/${f.otherOutletId}/staff`, otherCityAdmin.token)).json()) as {
      data: Member[];
    };
    expect(theirs.data.map((u) => u.id)).toEqual([otherOutletClerk.id]);
    await expectProblem(
      await get(`/v1/units/${f.outletId}/staff`, otherCityAdmin.token),
      404,
      "unit_not_found",
    );
  });

  it("is refused to roles without the need, and without a token", async () => {
    for (const roles of [
      ["clerk"],
      ["fund_admin"],
      ["issuer"],
      ["sysadmin"],
      ["settlement_officer"],
    ] as const) {
      const who = await f.staff([...roles], { unitId: f.cityId });
      await expectProblem(await get(`/v1/units/${f.outletId}/staff`, who.token), 403, "forbidden");
    }
    const res = await app.request(`/v1/units/${f.outletId}/staff`, requestInit("GET", {}));
    expect(res.status).toBe(401);
  });

  it("refuses an unknown role filter with the field named", async () => {
    const res = await get(`/v1/units/${f.outletId}/staff?role=boss`, cityAdmin.token);
    const body = await expectProblem(res, 400, "validation_failed");
    expect(JSON.stringify(body)).toContain("role");
  });
});
