import { CARD_NO_LENGTH, isValidCardNo } from "@powercard/db";
import { DomainError } from "../../shared/errors.ts";

/** The most cards one range operation may move; larger movements are split by the caller. */
export const MAX_RANGE_SIZE = 1_000_000;

/**
 * An inclusive range of card numbers of one issuer. 16-digit numbers = 2-digit issuer +
 * 13-digit serial + check digit, so within one issuer text order is serial order and
 * `card_no BETWEEN first AND last` is exactly the range.
 */
export interface CardRange {
  firstCardNo: string;
  lastCardNo: string;
  /** How many card numbers the range spans. */
  count: number;
}

export const serialOf = (cardNo: string) => Number(cardNo.slice(2, CARD_NO_LENGTH - 1));

/** Checks a range given by a client; `lastCardNo` defaults to the first (one card). */
export function parseCardRange(firstCardNo: string, lastCardNo: string = firstCardNo): CardRange {
  const invalid = (detail: string) => new DomainError("card_range_invalid", { detail });
  for (const cardNo of [firstCardNo, lastCardNo]) {
    if (!isValidCardNo(cardNo))
      throw invalid(`${cardNo} is not a valid card number (16 digits, check digit)`);
  }
  if (firstCardNo.slice(0, 2) !== lastCardNo.slice(0, 2))
    throw invalid("Both ends of a range must have the same issuer code");
  const count = serialOf(lastCardNo) - serialOf(firstCardNo) + 1;
  if (count < 1) throw invalid("The first card number must not be after the last");
  if (count > MAX_RANGE_SIZE) throw invalid(`A range may hold at most ${MAX_RANGE_SIZE} cards`);
  return { firstCardNo, lastCardNo, count };
}

/** Whether two ranges share a card number. */
export const rangesOverlap = (a: CardRange, b: CardRange) =>
  a.firstCardNo <= b.lastCardNo && b.firstCardNo <= a.lastCardNo;
