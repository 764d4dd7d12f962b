/**
 * Amounts for people. Fen stay integers throughout; only the text is in yuan.
 * SMS shows figures ("250.5元"); the IVR speaks units ("250元5角"), which every TTS reads right.
 */
function split(fen: number) {
  if (!Number.isSafeInteger(fen)) throw new Error(`amount is not an integer number of fen: ${fen}`);
  const sign = fen < 0 ? "-" : "";
  const abs = Math.abs(fen);
  return { sign, yuan: Math.trunc(abs / 100), jiao: Math.trunc((abs % 100) / 10), fen: abs % 10 };
}

/** 25000 → "250元", 25050 → "250.50元", 25005 → "250.05元". */
export function formatYuan(fen: number): string {
  const p = split(fen);
  const cents = p.jiao * 10 + p.fen;
  return `${p.sign}${p.yuan}${cents === 0 ? "" : `.${String(cents).padStart(2, "0")}`}元`;
}

/** 25000 → "250元", 25050 → "250元5角", 25003 → "250元零3分", 5 → "5分". */
export function speakYuan(fen: number): string {
  const p = split(fen);
  const sign = p.sign ? "负" : "";
  if (p.yuan === 0 && p.jiao === 0 && p.fen === 0) return "0元";
  const parts: string[] = [];
  if (p.yuan > 0) parts.push(`${p.yuan}元`);
  if (p.jiao > 0) parts.push(`${p.jiao}角`);
  if (p.fen > 0) parts.push(`${p.yuan > 0 && p.jiao === 0 ? "零" : ""}${p.fen}分`);
  return sign + parts.join("");
}

const SPOKEN_DIGITS = ["零", "幺", "二", "三", "四", "五", "六", "七", "八", "九"];

/** "3301000001" → "三三零幺零零零零零幺": digit by digit, with the telephone 幺 for 1. */
export function speakDigits(digits: string): string {
  return [...digits].map((d) => SPOKEN_DIGITS[Number(d)] ?? d).join("");
}
