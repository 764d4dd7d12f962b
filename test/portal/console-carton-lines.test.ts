import { makeCardNo } from "@powercard/db";
import { describe, expect, it } from "vitest";
import { parseCartonLines } from "../../portal/src/console/lib/carton-lines.ts";

/** The issuer's packing list, one carton per line, as a scanner or a person types it. */
const first = makeCardNo("33", 100);
const last = makeCardNo("33", 199);
const printed = (cardNo: string) => cardNo.replace(/(\d{4})(?=\d)/g, "$1 ");

describe("a packing list read one carton per line", () => {
  it("takes two numbers per line however they are separated, and counts the cards", () => {
    const text = [`${first} ${last}`, `${printed(first)}\t${printed(last)}`, "", `${first}-${first}`].join(
      "\n",
    );
    expect(parseCartonLines(text)).toEqual({
      cartons: [
        { firstCardNo: first, lastCardNo: last, cards: 100 },
        { firstCardNo: first, lastCardNo: last, cards: 100 },
        { firstCardNo: first, lastCardNo: first, cards: 1 },
      ],
      badLines: [],
    });
  });

  it("reads a line of one number as a carton of one card", () => {
    expect(parseCartonLines(first).cartons).toEqual([{ firstCardNo: first, lastCardNo: first, cards: 1 }]);
  });

  it("names the lines that are no carton: a wrong check digit, the last before the first, a third number", () => {
    const wrongDigit = `${first.slice(0, 15)}${(Number(first[15]) + 1) % 10}`;
    const text = [
      `${first} ${last}`,
      `${first} ${wrongDigit}`,
      `${last} ${first}`,
      `${first} ${last} ${last}`,
    ].join("\n");
    expect(parseCartonLines(text).badLines).toEqual([2, 3, 4]);
  });
});
