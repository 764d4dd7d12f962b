/**
 * An amount in fen written in Chinese capital numerals (中文大写金额), as on a remittance slip:
 * 1409.50 元 → "人民币壹仟肆佰零玖元伍角". The rules are those for filling in bills and slips
 * (《支付结算办法》附件《正确填写票据和结算凭证的基本规定》):
 * - a zero, or a run of zeros, inside the number is one 零 (1409 → 壹仟肆佰零玖);
 * - "整" follows 元 when there are no 角 and 分; none after 分; after 角 it may be left out, and is;
 * - 角 zero and 分 not zero: 零 after 元 (16409.02 → 壹万陆仟肆佰零玖元零贰分);
 * - 元 (or 万) zero with 角 (or 千) not zero may take a 零 or not: this writes none there
 *   (1680.32 → 壹仟陆佰捌拾元叁角贰分), except where a group of four is below a thousand
 *   after a higher group (100001 → 壹拾万零壹元整), which the rules require;
 * - tens are written with their digit: 15 → 壹拾伍元整, never 拾伍.
 * Integer fen only, 0 up to Number.MAX_SAFE_INTEGER; anything else throws.
 */
const DIGITS = ["零", "壹", "贰", "叁", "肆", "伍", "陆", "柒", "捌", "玖"] as const;
const IN_GROUP = ["", "拾", "佰", "仟"] as const;
const GROUPS = ["", "万", "亿", "万亿"] as const;

export function rmbCapital(fen: number): string {
  if (!Number.isSafeInteger(fen) || fen < 0) throw new RangeError(`not an amount in fen: ${fen}`);
  const yuan = Math.floor(fen / 100);
  const jiao = Math.floor(fen / 10) % 10;
  const cents = fen % 10;
  const integer = yuanWords(yuan);
  if (jiao === 0 && cents === 0) return `人民币${integer || "零"}元整`;
  let words = integer ? `${integer}元` : "";
  if (jiao > 0) words += `${DIGITS[jiao]}角`;
  else if (integer) words += "零";
  if (cents > 0) words += `${DIGITS[cents]}分`;
  return `人民币${words}`;
}

/** The 元 part without 元; "" for zero. */
function yuanWords(yuan: number): string {
  const groups: number[] = [];
  for (let n = yuan; n > 0; n = Math.floor(n / 10_000)) groups.push(n % 10_000);
  let words = "";
  for (let g = groups.length - 1; g >= 0; g--) {
    const group = groups[g] ?? 0;
    if (group === 0) continue;
    // A group below a thousand after a higher one begins with 零 (its thousands are zero).
    if (words && group < 1000) words += "零";
    words += groupWords(group) + GROUPS[g];
  }
  return words;
}

/** Four digits at most: zeros between digits are one 零, trailing zeros nothing. */
function groupWords(group: number): string {
  let words = "";
  let zero = false;
  for (let place = 3; place >= 0; place--) {
    const digit = Math.floor(group / 10 ** place) % 10;
    if (digit === 0) {
      if (words) zero = true;
      continue;
    }
    if (zero) words += "零";
    zero = false;
    words += `${DIGITS[digit]}${IN_GROUP[place]}`;
  }
  return words;
}
