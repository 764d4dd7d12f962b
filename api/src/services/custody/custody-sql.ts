import { DomainError } from "../../shared/errors.ts";
import { type CardRange, parseCardRange, rangesOverlap } from "../cards/card-range.ts";

/**
 * The ranges of one request (cartons of a shipment or of a receipt), checked and parsed. Two
 * ranges that share a card would move it twice, so they are refused before anything is done.
 */
export function parseRanges(ranges: readonly { firstCardNo: string; lastCardNo: string }[]): CardRange[] {
  const parsed = ranges.map((r) => parseCardRange(r.firstCardNo, r.lastCardNo));
  const sorted = parsed
    .map((r, i) => ({ r, i }))
    .sort((a, b) => (a.r.firstCardNo < b.r.firstCardNo ? -1 : 1));
  for (let k = 1; k < sorted.length; k++) {
    const prev = sorted[k - 1];
    const cur = sorted[k];
    if (prev && cur && rangesOverlap(prev.r, cur.r))
      throw new DomainError("cartons_overlap", {
        detail: `Ranges ${prev.i + 1} (${prev.r.firstCardNo}–${prev.r.lastCardNo}) and ${cur.i + 1} (${cur.r.firstCardNo}–${cur.r.lastCardNo}) overlap.`,
      });
  }
  return parsed;
}

export const rangeKey = (r: { firstCardNo: string; lastCardNo: string }) =>
  `${r.firstCardNo}-${r.lastCardNo}`;
