import { isValidCardNo } from "../../../db/src/card-number.ts";

/** The card number's own check (Damm), shared with the API so the page never disagrees with it. */
export { isValidCardNo };

export const digitsOf = (value: string, max: number) => value.replace(/\D/g, "").slice(0, max);

/** "3300000000001234" → "3300 0000 0000 1234": groups of four, as printed on the card. */
export const groupDigits = (digits: string) => digits.replace(/(\d{4})(?=\d)/g, "$1 ");

/** Integer fen → "250.00", without floating point. */
export function formatFen(fen: number): string {
  const sign = fen < 0 ? "-" : "";
  const abs = Math.abs(fen);
  return `${sign}${Math.trunc(abs / 100)}.${String(abs % 100).padStart(2, "0")}`;
}

export type CardCheck =
  | { state: "empty" }
  | { state: "incomplete"; left: number }
  | { state: "valid" | "invalid" };

export function checkCard(digits: string): CardCheck {
  if (digits.length === 0) return { state: "empty" };
  if (digits.length < 16) return { state: "incomplete", left: 16 - digits.length };
  return { state: isValidCardNo(digits) ? "valid" : "invalid" };
}
