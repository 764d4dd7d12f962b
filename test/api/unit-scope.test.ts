import { randomBytes } from "node:crypto";
import { orgUnits } from "@powercard/db";
import { asc } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { atTreeRoot, withinUnit } from "../../api/src/services/units/unit-scope.ts";
import type { Schemas } from "../helpers/api-client.ts";
import { buildApp, requestInit } from "../helpers/app.ts";
import { createTestDatabase, type TestDatabase } from "../helpers/database.ts";
import { Fixtures } from "../helpers/fixtures.ts";

/**
 * The unit-scope rule (withinUnit): a staff member sees their unit's subtree and nothing beside
 * it, even a sibling whose id differs only where the other's has an `_` (a LIKE wildcard, which
 * is how the rule was once written in seven list services).
 */
let t: TestDatabase;
let f: Fixtures;
let app: ReturnType<typeof buildApp>;
const tag = randomBytes(5).toString("hex");
/** `unt_s_<tag>` as a LIKE pattern also matches `unt_sx<tag>`. */
const underscored = `unt_s_${tag}`;
const lookalike = `unt_sx${tag}`;
let underscoredAdmin: Awaited<ReturnType<Fixtures["staff"]>>;
let underscoredAuditor: Awaited<ReturnType<Fixtures["staff"]>>;
let lookalikeAdmin: Awaited<ReturnType<Fixtures["staff"]>>;
let lookalikeChild: string;

beforeAll(async () => {
  t = await createTestDatabase();
  f = await Fixtures.create(t.db);
  app = buildApp(t.db);
  const now = new Date();
  const city = (id: string) => ({
    id,
    code: id,
    name: id,
    kind: "city" as const,
    parentId: f.provinceId,
    path: `/${f.provinceId}/${id}/`,
    isAccountingUnit: true,
    createdAt: now,
  });
  await t.db.orm.insert(orgUnits).values([city(underscored), city(lookalike)]);
  underscoredAdmin = await f.staff(["sysadmin"], { unitId: underscored });
  underscoredAuditor = await f.staff(["auditor"], { unitId: underscored });
  lookalikeAdmin = await f.staff(["sysadmin"], { unitId: lookalike });
  // A unit below the lookalike, made through the API, so it leaves an audit event there too.
  const created = await app.request(
    "/v1/units",
    requestInit("POST", {
      token: lookalikeAdmin.token,
      body: { code: `SX-${tag.toUpperCase()}`, name: "旁支营业厅", kind: "outlet", parentId: lookalike },
    }),
  );
  expect(created.status).toBe(201);
  lookalikeChild = ((await created.json()) as Schemas["Unit"]).id;
});
afterAll(() => t?.close());

const get = async (path: string, token: string) => {
  const res = await app.request(path, requestInit("GET", { token }));
  expect(res.status).toBe(200);
  return (await res.json()) as { data: Record<string, unknown>[] };
};

describe("withinUnit", () => {
  it("matches the unit and its descendants only, whatever characters the ids hold", async () => {
    const inSubtree = async (unitPath: string) =>
      (
        await t.db.orm
          .select({ id: orgUnits.id })
          .from(orgUnits)
          .where(withinUnit(orgUnits.path, unitPath))
          .orderBy(asc(orgUnits.path))
      ).map((r) => r.id);
    expect(await inSubtree(`/${f.provinceId}/${underscored}/`)).toEqual([underscored]);
    expect(await inSubtree(`/${f.provinceId}/${lookalike}/`)).toEqual([lookalike, lookalikeChild]);
    expect(await inSubtree(`/${f.provinceId}/${f.cityId}/`)).toEqual([f.cityId, f.outletId]);
  });
});

describe("atTreeRoot", () => {
  it("is true at the province only", () => {
    expect(atTreeRoot({ unitPath: `/${f.provinceId}/` })).toBe(true);
    expect(atTreeRoot({ unitPath: `/${f.provinceId}/${underscored}/` })).toBe(false);
  });
});

describe("a unit whose id differs from another's only where an _ stands", () => {
  it("GET /v1/units does not list the other unit or its children", async () => {
    const ids = (await get("/v1/units", underscoredAdmin.token)).data.map((u) => u.id);
    expect(ids).toEqual([underscored]);
    const theirs = (await get("/v1/units", lookalikeAdmin.token)).data.map((u) => u.id);
    expect(theirs).toEqual([lookalike, lookalikeChild]);
  });

  it("GET /v1/users does not list the other unit's staff", async () => {
    const ids = (await get("/v1/users", underscoredAdmin.token)).data.map((u) => u.id);
    expect(ids).toContain(underscoredAdmin.id);
    expect(ids).not.toContain(lookalikeAdmin.id);
  });

  it("GET /v1/audit does not show the other unit's events", async () => {
    const mine = await get("/v1/audit?objectType=org_unit", underscoredAuditor.token);
    expect(mine.data.map((e) => e.objectId)).not.toContain(lookalikeChild);
    const theirs = await get(
      "/v1/audit?objectType=org_unit",
      (await f.staff(["auditor"], { unitId: lookalike })).token,
    );
    expect(theirs.data.map((e) => e.objectId)).toContain(lookalikeChild);
  });
});
