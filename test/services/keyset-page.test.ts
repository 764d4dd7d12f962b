import { randomBytes } from "node:crypto";
import { orgUnits } from "@powercard/db";
import { and, desc, like } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cutPage, keysetPage } from "../../api/src/services/pagination/keyset-page.ts";
import { createTestDatabase, type TestDatabase } from "../helpers/database.ts";

/**
 * keysetPage against a real table: walking the pages returns every row once, newest first,
 * with ties on the time broken by id, and the last page says there is no next one.
 */
let t: TestDatabase;
const tag = randomBytes(4).toString("hex");
const base = Date.UTC(2026, 0, 5, 8, 0, 0);
/** 11 rows over 4 instants: three rows share each of the first three, so pages cut inside ties. */
const rows = Array.from({ length: 11 }, (_, i) => ({
  id: `unt_pg${tag}_${String(i).padStart(2, "0")}`,
  createdAt: new Date(base + Math.min(Math.floor(i / 3), 3) * 1000),
}));

beforeAll(async () => {
  t = await createTestDatabase();
  await t.db.orm.insert(orgUnits).values(
    rows.map((r) => ({
      id: r.id,
      code: r.id,
      name: r.id,
      kind: "outlet" as const,
      parentId: "unt_none",
      path: `/unt_none/${r.id}/`,
      createdAt: r.createdAt,
    })),
  );
});
afterAll(() => t?.close());

const page = (limit: number, cursor?: string) =>
  keysetPage(
    { limit, cursor },
    { at: orgUnits.createdAt, id: orgUnits.id },
    (q) =>
      t.db.orm
        .select({ id: orgUnits.id, createdAt: orgUnits.createdAt })
        .from(orgUnits)
        .where(and(like(orgUnits.id, `unt_pg${tag}%`), q.where))
        .orderBy(...q.orderBy)
        .limit(q.limit),
    (r) => ({ at: r.createdAt, id: r.id }),
  );

describe("keysetPage", () => {
  it("walks every row once, newest first and id-descending within one instant", async () => {
    const expected = (
      await t.db.orm
        .select({ id: orgUnits.id })
        .from(orgUnits)
        .where(like(orgUnits.id, `unt_pg${tag}%`))
        .orderBy(desc(orgUnits.createdAt), desc(orgUnits.id))
    ).map((r) => r.id);
    expect(expected).toHaveLength(11);
    expect(expected[0]).toBe(rows[10]?.id);

    for (const limit of [1, 2, 4, 5, 11]) {
      const seen: string[] = [];
      const sizes: number[] = [];
      let cursor: string | undefined;
      do {
        const p = await page(limit, cursor);
        seen.push(...p.rows.map((r) => r.id));
        sizes.push(p.rows.length);
        cursor = p.nextCursor ?? undefined;
      } while (cursor);
      expect(seen).toEqual(expected);
      expect(sizes.slice(0, -1).every((n) => n === limit)).toBe(true);
    }
  });

  it("gives no next cursor when the page is the last, even when it is exactly full", async () => {
    const all = await page(11);
    expect(all.rows).toHaveLength(11);
    expect(all.nextCursor).toBeNull();
    const first = await page(10);
    expect(first.nextCursor).not.toBeNull();
    const rest = await page(10, first.nextCursor ?? undefined);
    expect(rest.rows.map((r) => r.id)).toEqual([rows[0]?.id]);
    expect(rest.nextCursor).toBeNull();
  });

  it("refuses a cursor it did not make as a validation error on query.cursor", async () => {
    await expect(page(3, "not-a-cursor")).rejects.toMatchObject({
      code: "validation_failed",
      fieldErrors: [{ field: "query.cursor" }],
    });
  });
});

describe("cutPage", () => {
  it("keeps `limit` rows and makes the cursor from the last kept row only when more were fetched", () => {
    expect(cutPage([1, 2, 3], 2, String)).toEqual({ rows: [1, 2], nextCursor: "2" });
    expect(cutPage([1, 2], 2, String)).toEqual({ rows: [1, 2], nextCursor: null });
    expect(cutPage([], 2, String)).toEqual({ rows: [], nextCursor: null });
  });
});
