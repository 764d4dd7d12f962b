import { groupCardNo, isValidCardNo, makeCardNo } from "@powercard/db";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

const serial = fc.integer({ min: 0, max: 9_999_999_999_999 });

describe("card numbers", () => {
  it("are 16 digits, start with the issuer code and validate", () => {
    fc.assert(
      fc.property(serial, (s) => {
        const cardNo = makeCardNo("33", s);
        expect(cardNo).toMatch(/^33[0-9]{14}$/);
        expect(isValidCardNo(cardNo)).toBe(true);
      }),
    );
  });

  it("the check digit catches every single-digit error", () => {
    fc.assert(
      fc.property(serial, fc.nat(15), fc.integer({ min: 1, max: 9 }), (s, position, delta) => {
        const cardNo = makeCardNo("33", s);
        const digit = (Number(cardNo[position]) + delta) % 10;
        const typo = cardNo.slice(0, position) + digit + cardNo.slice(position + 1);
        expect(isValidCardNo(typo)).toBe(false);
      }),
    );
  });

  it("the check digit catches every adjacent transposition", () => {
    fc.assert(
      fc.property(serial, fc.nat(14), (s, position) => {
        const cardNo = makeCardNo("33", s);
        const [a, b] = [cardNo[position], cardNo[position + 1]];
        fc.pre(a !== b);
        const swapped = cardNo.slice(0, position) + b + a + cardNo.slice(position + 2);
        expect(isValidCardNo(swapped)).toBe(false);
      }),
    );
  });

  it("rejects anything that is not 16 digits and groups as printed", () => {
    expect(isValidCardNo("330000000000001")).toBe(false);
    expect(isValidCardNo("33000000000000190")).toBe(false);
    expect(isValidCardNo("33000000000000a9")).toBe(false);
    expect(groupCardNo("3300000000000019")).toBe("3300 0000 0000 0019");
  });
});
