import { makeCardNo } from "@powercard/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../helpers/database.ts";
import { Fixtures } from "../helpers/fixtures.ts";
import { sqlStateOf } from "../helpers/sql-state.ts";

/**
 * cards.batch_id and cards.owner_unit_id have no row-level foreign keys (a million-card COPY
 * would pay a million checks); a statement-level trigger checks every inserted set instead, and
 * units and batches that cards name cannot be deleted.
 */

let t: TestDatabase;
let f: Fixtures;

beforeAll(async () => {
  t = await createTestDatabase();
  f = await Fixtures.create(t.db);
});
afterAll(() => t?.close());

const insertCard = (cardNo: string, batchId: string, ownerUnitId: string) =>
  t.db.query(
    `INSERT INTO cards (card_no, batch_id, face_value_fen, state, owner_unit_id, pin_hmac, pin_key_id, created_at, updated_at)
     VALUES ($1, $2, 5000, 'in_stock', $3, '\\x00', 'k', now(), now())`,
    [cardNo, batchId, ownerUnitId],
  );

describe("card references", () => {
  it("an inserted card must name an existing unit and batch", async () => {
    const { batchId } = await f.cardRange(1);
    const unused = makeCardNo("33", 9_999_999_999_990);
    // foreign_key_violation, as a foreign key would answer
    expect(await sqlStateOf(insertCard(unused, batchId, "unt_nowhere"))).toBe("23503");
    expect(await sqlStateOf(insertCard(unused, "bat_nowhere", f.outletId))).toBe("23503");
    await insertCard(unused, batchId, f.outletId); // the control: a card naming both is accepted
  });

  it("a unit or batch that cards name cannot be deleted", async () => {
    const { batchId } = await f.cardRange(2);
    expect(await sqlStateOf(t.db.query("DELETE FROM org_units WHERE id = $1", [f.outletId]))).toBe("23503");
    expect(await sqlStateOf(t.db.query("DELETE FROM card_batches WHERE id = $1", [batchId]))).toBe("23503");
  });
});
