/**
 * Card numbers: 16 digits = 2-digit issuer code (the province's administrative code, e.g. 33)
 * + 13-digit serial + 1 Damm check digit. Damm catches every single-digit error and every
 * adjacent transposition, which Luhn does not (09 ↔ 90). Printed grouped 4-4-4-4.
 */
const DAMM = [
  [0, 3, 1, 7, 5, 9, 8, 6, 4, 2],
  [7, 0, 9, 2, 1, 5, 4, 8, 6, 3],
  [4, 2, 0, 6, 8, 7, 1, 3, 5, 9],
  [1, 7, 5, 0, 9, 8, 3, 4, 2, 6],
  [6, 1, 2, 3, 0, 4, 5, 9, 7, 8],
  [3, 6, 7, 4, 2, 0, 9, 5, 8, 1],
  [5, 8, 6, 9, 7, 2, 0, 1, 3, 4],
  [8, 9, 4, 5, 3, 6, 2, 0, 1, 7],
  [9, 4, 3, 8, 6, 1, 7, 2, 0, 5],
  [2, 5, 8, 1, 4, 3, 6, 7, 9, 0],
] as const;

export const CARD_NO_LENGTH = 16;
/** The issuer code of this utility's cards: the province's administrative code (Zhejiang: 33). */
export const CARD_ISSUER_CODE = "33";
export const SERIAL_DIGITS = 13;

function dammInterim(digits: string): number {
  let interim = 0;
  for (const ch of digits) {
    const row = DAMM[interim];
    const next = row?.[ch.charCodeAt(0) - 48];
    if (next === undefined) throw new Error("digits only");
    interim = next;
  }
  return interim;
}

export function dammCheckDigit(digits: string): number {
  return dammInterim(digits);
}

/** True when the string is 16 digits whose last digit is the Damm check digit of the rest. */
export function isValidCardNo(cardNo: string): boolean {
  return /^[0-9]{16}$/.test(cardNo) && dammInterim(cardNo) === 0;
}

export function makeCardNo(issuerCode: string, serial: number): string {
  if (!/^[0-9]{2}$/.test(issuerCode)) throw new Error("issuer code must be 2 digits");
  if (!Number.isSafeInteger(serial) || serial < 0 || serial >= 10 ** SERIAL_DIGITS) {
    throw new Error("serial out of range");
  }
  const body = issuerCode + String(serial).padStart(SERIAL_DIGITS, "0");
  return body + String(dammCheckDigit(body));
}

/** "3300000000001234" → "3300 0000 0000 1234", as printed on the card. */
export function groupCardNo(cardNo: string): string {
  return cardNo.replace(/(\d{4})(?=\d)/g, "$1 ");
}
