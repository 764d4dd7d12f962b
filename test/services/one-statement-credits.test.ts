import { describe, expect, it } from "vitest";
import { REDEEM_CARD_PARAMS, REDEEM_CARD_SQL } from "../../api/src/services/recharge/redeem-card.sql.ts";
import { CREATE_TOPUP_SQL } from "../../api/src/services/topups/create-topup.sql.ts";
import { statementParams } from "../../api/src/shared/statement-params.ts";

describe("statementParams", () => {
  it("numbers the names in order, typed, and lays values out in that order", () => {
    const p = statementParams({ cardNo: "text", now: "timestamptz", ids: "text[]" });
    expect([p.cardNo, p.now, p.ids]).toEqual(["$1::text", "$2::timestamptz", "$3::text[]"]);
    expect(p.names).toEqual(["cardNo", "now", "ids"]);
    const now = new Date();
    expect(p.values({ ids: ["a"], now, cardNo: "33" })).toEqual(["33", now, ["a"]]);
  });

  it("refuses a name that would hide its own helpers", () => {
    expect(() => statementParams({ values: "text" })).toThrow(/values/);
  });
});

/** The UPDATE … WHERE … clauses of one table in a statement's text. */
const updatesOf = (text: string, table: string) =>
  [...text.matchAll(new RegExp(`UPDATE ${table}\\b[\\s\\S]*?\\n\\s*(?:WHERE)([^\\n]*)`, "g"))].map(
    (m) => m[1] ?? "",
  );

describe("the one-statement credits keep the scale-out rules", () => {
  it("every UPDATE of cards in the recharge names the card by its shard key", () => {
    const wheres = updatesOf(REDEEM_CARD_SQL, "cards");
    expect(wheres).toHaveLength(2);
    for (const where of wheres) expect(where).toContain(`cards.card_no = ${REDEEM_CARD_PARAMS.cardNo}`);
  });

  it.each([
    ["recharge", REDEEM_CARD_SQL],
    ["top-up", CREATE_TOPUP_SQL],
  ])("the %s has no subquery in a RETURNING clause", (_, text) => {
    for (const returning of text.matchAll(/RETURNING([\s\S]*?)\n\)/g))
      expect(returning[1]).not.toMatch(/SELECT/i);
    expect(text.trim()).toMatch(/SELECT outcome\.code AS outcome[\s\S]*FROM outcome, open_bills$/);
  });
});
