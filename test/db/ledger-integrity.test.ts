import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../helpers/database.ts";
import { sqlStateOf } from "../helpers/sql-state.ts";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.close());

let n = 0;
/** Posts a transaction with the given legs in one database transaction. */
async function post(legs: number[]) {
  const id = `txn_it_${n++}`;
  const now = new Date().toISOString();
  await t.db.orm.transaction(async (tx) => {
    await tx.execute(
      `INSERT INTO ledger_transactions (book_key, id, kind, business_date, created_at) VALUES ('b', '${id}', 'test', '2026-11-26', '${now}')` as never,
    );
    for (const [i, amount] of legs.entries()) {
      await tx.execute(
        `INSERT INTO ledger_entries (book_key, transaction_id, leg, account, owner, amount_fen, created_at)
         VALUES ('b', '${id}', ${i + 1}, 'test', '', ${amount}, '${now}')` as never,
      );
    }
  });
  return id;
}

describe("the database itself keeps the ledger balanced and append-only", () => {
  it("accepts a balanced transaction", async () => {
    const id = await post([500, -300, -200]);
    const [row] = await t.db.query<{ s: string | number }>(
      "SELECT sum(amount_fen) AS s FROM ledger_entries WHERE transaction_id = $1",
      [id],
    );
    expect(Number(row?.s)).toBe(0);
  });

  it.each([
    ["unbalanced", [500, -400]],
    ["a single leg", [500]],
    ["no legs at all", []],
  ])("rejects %s at commit, leaving nothing behind", async (_, legs) => {
    const before = await t.db.query<{ n: number }>("SELECT count(*)::int AS n FROM ledger_transactions");
    expect(await sqlStateOf(post(legs))).toBe("23514"); // check_violation
    const after = await t.db.query<{ n: number }>("SELECT count(*)::int AS n FROM ledger_transactions");
    expect(after).toEqual(before);
  });

  it("rejects a zero amount", async () => {
    await expect(post([0, 0])).rejects.toThrow();
  });

  it.each([
    ["UPDATE ledger_entries SET amount_fen = amount_fen * 2"],
    ["DELETE FROM ledger_entries"],
    ["UPDATE ledger_transactions SET kind = 'x'"],
    ["DELETE FROM ledger_transactions"],
    ["TRUNCATE ledger_entries, ledger_transactions"],
  ])("refuses %s", async (statement) => {
    await post([100, -100]);
    expect(await sqlStateOf(t.db.query(statement))).toBe("42501"); // insufficient_privilege
  });
});
