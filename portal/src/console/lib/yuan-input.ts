/**
 * An amount typed in 元 ("1250", "1250.5", "1,250.00") as integer fen, without ever passing
 * through a float: the digits are read as a string. null when it is not an amount (more than
 * two decimals, letters, a sign, empty, zero, or beyond what the API takes).
 */
export function parseYuan(text: string): number | null {
  const cleaned = text
    .trim()
    .replace(/[,，\s]/g, "")
    .replace(/^[¥￥]/, "");
  const match = /^(\d{1,13})(?:\.(\d{0,2}))?$/.exec(cleaned);
  if (!match) return null;
  const fen = Number(match[1]) * 100 + Number((match[2] ?? "").padEnd(2, "0"));
  return fen > 0 && Number.isSafeInteger(fen) ? fen : null;
}
