import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { rmbCapital } from "../../portal/src/console/lib/rmb-capital.ts";
import { parseYuan } from "../../portal/src/console/lib/yuan-input.ts";

/**
 * The remittance slip's money: the amount in Chinese capital numerals (大写) by the rules for
 * filling in bills, checked on the rules' own examples, then read back by an independent reader
 * for any amount; and the fund administrator's 元 input read as integer fen without floats.
 */

const VALUE: Record<string, number> = {
  零: 0,
  壹: 1,
  贰: 2,
  叁: 3,
  肆: 4,
  伍: 5,
  陆: 6,
  柒: 7,
  捌: 8,
  玖: 9,
};
const PLACE: Record<string, number> = { 拾: 10, 佰: 100, 仟: 1000 };

/** Reads 大写 back into fen, knowing nothing of how rmbCapital writes it. */
function readCapital(words: string): number {
  expect(words.startsWith("人民币")).toBe(true);
  let rest = words.slice(3);
  let yuan = 0n;
  if (rest.includes("元")) {
    const [int, tail] = rest.split("元") as [string, string];
    rest = tail;
    let total = 0n;
    let section = 0n;
    let digit = 0n;
    const chars = [...int];
    for (let i = 0; i < chars.length; i++) {
      const ch = chars[i] as string;
      if (ch in VALUE) digit = BigInt(VALUE[ch] as number);
      else if (ch in PLACE) {
        section += digit * BigInt(PLACE[ch] as number);
        digit = 0n;
      } else if (ch === "万" || ch === "亿") {
        // Each group of four digits carries its unit: 万, 亿 or 万亿.
        let unit = ch === "万" ? 10_000n : 100_000_000n;
        if (ch === "万" && chars[i + 1] === "亿") {
          unit = 1_000_000_000_000n;
          i++;
        }
        if (section + digit > 9999n) throw new Error(`a group above 9999 in ${words}`);
        total += (section + digit) * unit;
        section = 0n;
        digit = 0n;
      } else throw new Error(`unexpected ${ch} in ${words}`);
    }
    yuan = total + section + digit;
  }
  let fen = yuan * 100n;
  const jiao = /([壹贰叁肆伍陆柒捌玖])角/.exec(rest);
  const cent = /([壹贰叁肆伍陆柒捌玖])分/.exec(rest);
  if (jiao) fen += BigInt(VALUE[jiao[1] as string] as number) * 10n;
  if (cent) fen += BigInt(VALUE[cent[1] as string] as number);
  return Number(fen);
}

describe("rmbCapital: 中文大写金额", () => {
  it.each([
    // The examples of 《正确填写票据和结算凭证的基本规定》.
    [140_950, "人民币壹仟肆佰零玖元伍角"],
    [600_714, "人民币陆仟零柒元壹角肆分"],
    [168_032, "人民币壹仟陆佰捌拾元叁角贰分"],
    [10_700_053, "人民币壹拾万柒仟元伍角叁分"],
    [1_640_902, "人民币壹万陆仟肆佰零玖元零贰分"],
    [32_504, "人民币叁佰贰拾伍元零肆分"],
    // Whole 元, tens with their digit, zeros inside and across groups.
    [0, "人民币零元整"],
    [100, "人民币壹元整"],
    [1_500, "人民币壹拾伍元整"],
    [101_000, "人民币壹仟零壹拾元整"],
    [10_000_100, "人民币壹拾万零壹元整"],
    [10_010_000, "人民币壹拾万零壹佰元整"],
    [1_250_000, "人民币壹万贰仟伍佰元整"],
    [90_000, "人民币玖佰元整"],
    [10_000_000_000, "人民币壹亿元整"],
    [10_001_000_000, "人民币壹亿零壹万元整"],
    [10_000_000_100, "人民币壹亿零壹元整"],
    [101_000_000_000, "人民币壹拾亿壹仟万元整"],
    [200_000_000_000_000, "人民币贰万亿元整"],
    // Below one 元: no 零元.
    [5, "人民币伍分"],
    [50, "人民币伍角"],
    [55, "人民币伍角伍分"],
    [105, "人民币壹元零伍分"],
  ])("%i fen → %s", (fen, words) => {
    expect(rmbCapital(fen)).toBe(words);
    expect(readCapital(words)).toBe(fen);
  });

  it("reads back to the same fen for any amount, with one 零 at a time and none at an end", () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer({ min: 0, max: 100_000_000 }), fc.maxSafeNat()), (fen) => {
        const words = rmbCapital(fen);
        expect(readCapital(words)).toBe(fen);
        if (fen === 0) {
          expect(words).toBe("人民币零元整");
          return;
        }
        expect(words).not.toMatch(/零零|零元|零万|零亿|零角|零分|零整|^人民币零|拾拾|角整|分整/);
        expect(words).toMatch(/(元整|角|分)$/);
        // Every ten is written with its digit: 壹拾, never a bare 拾.
        expect(words).not.toMatch(/(^人民币|零|万|亿)拾/);
      }),
      { numRuns: 2_000 },
    );
  });

  it("refuses what is not an amount in fen", () => {
    for (const bad of [-1, 1.5, Number.NaN, Number.MAX_SAFE_INTEGER + 1])
      expect(() => rmbCapital(bad)).toThrow(RangeError);
  });
});

describe("parseYuan: the 元 a fund administrator types", () => {
  it.each([
    ["1250", 125_000],
    ["1250.5", 125_050],
    ["1,250.05", 125_005],
    ["¥900.00", 90_000],
    [" 0.01 ", 1],
    ["12.", 1_200],
  ])("%s → %i fen", (text, fen) => expect(parseYuan(text)).toBe(fen));

  it.each(["", "0", "0.00", "-5", "1.005", "1e3", "abc", "12.3.4", "99999999999999"])("refuses %j", (text) =>
    expect(parseYuan(text)).toBeNull(),
  );

  it("is exact for every amount with two decimals (no float rounding)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9_000_000_000_000 }), (fen) => {
        const text = `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, "0")}`;
        expect(parseYuan(text)).toBe(fen);
      }),
    );
  });
});
