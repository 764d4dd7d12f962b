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

/** "3300000000000019" → "3300 **** **** 0019": a card number fit for a receipt or a screenshot. */
export const maskCardNo = (cardNo: string) => `${cardNo.slice(0, 4)} **** **** ${cardNo.slice(-4)}`;

/** An RFC 3339 instant as Asia/Shanghai wall time, "2026-12-03 15:04:05", as receipts print it. */
export function shanghaiTime(iso: string): string {
  const parts = new Intl.DateTimeFormat("en-CA", {
    timeZone: "Asia/Shanghai",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
    hourCycle: "h23",
  }).formatToParts(new Date(iso));
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  return `${part("year")}-${part("month")}-${part("day")} ${part("hour")}:${part("minute")}:${part("second")}`;
}

/** Moves the eyes and the screen reader to a message or panel: focused, and scrolled into view. */
export function bringIntoView(target: HTMLElement) {
  target.focus({ preventScroll: true });
  target.scrollIntoView({ block: "start", behavior: "instant" });
}

/** "3301000001" → "33******01", as the API masks a customer number. */
export const maskCustomerNo = (customerNo: string) =>
  `${customerNo.slice(0, 2)}${"*".repeat(Math.max(0, customerNo.length - 4))}${customerNo.slice(-2)}`;
