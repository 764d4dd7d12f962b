import { randomBytes } from "node:crypto";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, realPostgresOnly, type TestDatabase } from "../helpers/database.ts";
import { Fixtures } from "../helpers/fixtures.ts";
import { sqlStateOf } from "../helpers/sql-state.ts";

/**
 * Segregation of duties held by the database itself (trigger staff_roles_segregation), for
 * whoever writes roles: the service, a script or someone at psql.
 */
let t: TestDatabase;
let f: Fixtures;

beforeAll(async () => {
  t = await createTestDatabase();
  f = await Fixtures.create(t.db);
});
afterAll(() => t?.close());

/** A staff user row without roles (no scrypt: the password is irrelevant here). */
async function bareUser(unitId = f.cityId): Promise<string> {
  const id = `usr_seg_${randomBytes(6).toString("hex")}`;
  await t.db.query(
    `INSERT INTO staff_users (id, username, display_name, unit_id, password_hash, password_changed_at, created_at, updated_at)
     VALUES ($1, $2, 'seg', $3, 'scrypt$x', now(), now(), now())`,
    [id, id.replace(/_/g, "-"), unitId],
  );
  return id;
}

function grant(userId: string, role: string, unitId = f.cityId) {
  return t.db.query(
    "INSERT INTO staff_roles (user_id, role, unit_id, created_at) VALUES ($1, $2, $3, now())",
    [userId, role, unitId],
  );
}

async function rolesOf(userId: string): Promise<string[]> {
  const rows = await t.db.query<{ role: string; unit_id: string }>(
    "SELECT role, unit_id FROM staff_roles WHERE user_id = $1 ORDER BY role, unit_id",
    [userId],
  );
  return rows.map((r) => (r.unit_id === f.cityId ? r.role : `${r.role}@${r.unit_id}`));
}

describe("the staff_roles trigger", () => {
  it("rejects fund_admin for a card_admin of the same unit (23514), and the reverse", async () => {
    const keeper = await bareUser();
    await grant(keeper, "card_admin");
    expect(await sqlStateOf(grant(keeper, "fund_admin"))).toBe("23514");
    expect(await rolesOf(keeper)).toEqual(["card_admin"]);

    const cashier = await bareUser();
    await grant(cashier, "fund_admin");
    expect(await sqlStateOf(grant(cashier, "card_admin"))).toBe("23514");
    expect(await rolesOf(cashier)).toEqual(["fund_admin"]);
  });

  it("names the rule in its message", async () => {
    const keeper = await bareUser();
    await grant(keeper, "card_admin");
    await expect(grant(keeper, "fund_admin")).rejects.toThrow(/segregation of duties/);
  });

  it("allows card_admin and fund_admin in different units, and other pairs in one unit", async () => {
    const person = await bareUser();
    await grant(person, "card_admin");
    await grant(person, "fund_admin", f.otherCityId);
    await grant(person, "auditor");
    await grant(person, "clerk");
    expect(await rolesOf(person)).toEqual(["auditor", "card_admin", "clerk", `fund_admin@${f.otherCityId}`]);
  });

  it("rejects a sysadmin row for someone with another role, and any role for a sysadmin (23514)", async () => {
    const auditor = await bareUser();
    await grant(auditor, "auditor");
    expect(await sqlStateOf(grant(auditor, "sysadmin"))).toBe("23514");
    // Not in another unit either: a sysadmin does no business anywhere.
    expect(await sqlStateOf(grant(auditor, "sysadmin", f.otherCityId))).toBe("23514");
    expect(await rolesOf(auditor)).toEqual(["auditor"]);

    const admin = await bareUser();
    await grant(admin, "sysadmin");
    for (const role of ["clerk", "auditor", "card_admin", "fund_admin", "issuer", "settlement_officer"]) {
      expect(await sqlStateOf(grant(admin, role))).toBe("23514");
    }
    expect(await rolesOf(admin)).toEqual(["sysadmin"]);
  });

  it("also guards UPDATE: turning a clerk row into fund_admin next to card_admin is rejected", async () => {
    const person = await bareUser();
    await grant(person, "card_admin");
    await grant(person, "clerk");
    expect(
      await sqlStateOf(
        t.db.query("UPDATE staff_roles SET role = 'fund_admin' WHERE user_id = $1 AND role = 'clerk'", [
          person,
        ]),
      ),
    ).toBe("23514");
    // Moving a fund_admin row from another unit into the card_admin's unit is rejected too.
    await grant(person, "fund_admin", f.otherCityId);
    expect(
      await sqlStateOf(
        t.db.query("UPDATE staff_roles SET unit_id = $2 WHERE user_id = $1 AND role = 'fund_admin'", [
          person,
          f.cityId,
        ]),
      ),
    ).toBe("23514");
    expect(await rolesOf(person)).toEqual(["card_admin", "clerk", `fund_admin@${f.otherCityId}`]);
  });

  it("allows changing a user's only role by UPDATE (the old row is not a conflict)", async () => {
    const person = await bareUser();
    await grant(person, "card_admin");
    await t.db.query("UPDATE staff_roles SET role = 'fund_admin' WHERE user_id = $1", [person]);
    expect(await rolesOf(person)).toEqual(["fund_admin"]);
  });

  it("rejects a conflicting pair inserted in one statement", async () => {
    const person = await bareUser();
    expect(
      await sqlStateOf(
        t.db.query(
          `INSERT INTO staff_roles (user_id, role, unit_id, created_at)
           VALUES ($1, 'card_admin', $2, now()), ($1, 'fund_admin', $2, now())`,
          [person, f.cityId],
        ),
      ),
    ).toBe("23514");
    expect(await rolesOf(person)).toEqual([]);
  });
});

const { skip, reason } = realPostgresOnly();
if (skip) console.warn(`[db/segregation] concurrent grants: ${reason}`);

describe.skipIf(skip)("concurrent grants (real PostgreSQL)", () => {
  let sql: postgres.Sql;
  beforeAll(() => {
    sql = postgres(t.url as string, { max: 10, onnotice: () => {} });
  });
  afterAll(() => sql?.end({ timeout: 5 }));

  /** One transaction that grants a role and stays open a moment, as a slow script would. */
  const slowGrant = (userId: string, role: string) =>
    sql
      .begin(async (tx) => {
        await tx`INSERT INTO staff_roles (user_id, role, unit_id, created_at) VALUES (${userId}, ${role}, ${f.cityId}, now())`;
        await tx`SELECT pg_sleep(0.05)`;
      })
      .then(
        () => "ok",
        (error: { code?: string }) => error.code ?? "error",
      );

  it("card_admin and fund_admin granted at once to one role-less user: at most one commits", async () => {
    const users = await Promise.all(Array.from({ length: 8 }, () => bareUser()));
    const outcomes = await Promise.all(
      users.map((u) => Promise.all([slowGrant(u, "card_admin"), slowGrant(u, "fund_admin")])),
    );
    for (const [i, pair] of outcomes.entries()) {
      const roles = await rolesOf(users[i] as string);
      expect(roles.length, `${users[i]}: ${roles.join(",")}`).toBeLessThanOrEqual(1);
      expect(pair.filter((o) => o === "ok")).toHaveLength(roles.length);
      // The loser is refused by the rule, not by an accident such as a deadlock.
      for (const o of pair) expect(["ok", "23514"]).toContain(o);
    }
  });

  it("the second transaction waits for the first and then sees its grant", async () => {
    const user = await bareUser();
    const first = await sql.reserve();
    const second = await sql.reserve();
    try {
      await first`BEGIN`;
      await first`INSERT INTO staff_roles (user_id, role, unit_id, created_at) VALUES (${user}, 'card_admin', ${f.cityId}, now())`;
      await second`BEGIN`;
      const pending =
        second`INSERT INTO staff_roles (user_id, role, unit_id, created_at) VALUES (${user}, 'fund_admin', ${f.cityId}, now())`.then(
          () => "ok",
          (error: { code?: string }) => error.code ?? "error",
        );
      // The second insert must be blocked on the first one's lock, not racing past it.
      let waiting = false;
      for (let i = 0; i < 100 && !waiting; i++) {
        const rows = await sql<{ n: number }[]>`
          SELECT count(*)::int AS n FROM pg_stat_activity
           WHERE datname = current_database() AND wait_event_type = 'Lock' AND query LIKE 'INSERT INTO staff_roles%'`;
        waiting = (rows[0]?.n ?? 0) > 0;
        if (!waiting) await new Promise((r) => setTimeout(r, 20));
      }
      expect(waiting).toBe(true);
      await first`COMMIT`;
      expect(await pending).toBe("23514");
      await second`ROLLBACK`;
    } finally {
      first.release();
      second.release();
    }
    expect(await rolesOf(user)).toEqual(["card_admin"]);
  });
});
