// The check-digit rule itself (the API's), not the page helpers around it, so this stays DOM-free.
import { isValidCardNo } from "../../../../db/src/card-number.ts";

/** One carton of a packing list: its first and last card number and how many cards it holds. */
export interface Carton {
  firstCardNo: string;
  lastCardNo: string;
  cards: number;
}

export interface CartonLines {
  cartons: Carton[];
  /** Lines (1-based) that are not one carton: not two valid card numbers, or the last before the first. */
  badLines: number[];
}

/** A card number's serial: the digits before its check digit. */
const serial = (cardNo: string) => BigInt(cardNo.slice(0, 15));

/**
 * A packing list typed or scanned one carton per line: the first and the last card number, with
 * anything between them (spaces inside a printed number, a tab, a dash). A line of one number is
 * a carton of one card; empty lines are skipped.
 */
export function parseCartonLines(text: string): CartonLines {
  const cartons: Carton[] = [];
  const badLines: number[] = [];
  text.split("\n").forEach((line, i) => {
    const digits = line.replace(/\D/g, "");
    if (digits.length === 0) return;
    const [first, last] = digits.length === 16 ? [digits, digits] : [digits.slice(0, 16), digits.slice(16)];
    const valid =
      digits.length <= 32 && isValidCardNo(first) && isValidCardNo(last) && serial(last) >= serial(first);
    if (!valid) badLines.push(i + 1);
    else
      cartons.push({ firstCardNo: first, lastCardNo: last, cards: Number(serial(last) - serial(first)) + 1 });
  });
  return { cartons, badLines };
}
