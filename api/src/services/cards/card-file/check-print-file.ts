import { createHash } from "node:crypto";
import { CardFileError } from "./card-file-error.ts";
import { type CardFileManifest, PRINT_FILE_HEADER } from "./manifest.ts";

const LF = 0x0a;
const COMMA = 0x2c;
const isDigit = (b: number) => b >= 0x30 && b <= 0x39;
/** Batch ids are our prefixed ids: letters, digits, `_` and `-`. */
const isIdByte = (b: number) =>
  isDigit(b) || (b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a) || b === 0x5f || b === 0x2d;

/** Card numbers are fixed-width digit strings, but compare by length first all the same. */
const cardNoBefore = (a: string, b: string) => a.length < b.length || (a.length === b.length && a < b);

interface RangeTally {
  batchId: string;
  faceValueFen: number;
  count: number;
  /** Byte offsets of the range's first and latest card number in the print file. */
  first: [number, number] | null;
  last: [number, number] | null;
}

/** Whether bytes [a0, a1) sort strictly before [b0, b1), as card numbers: by length, then digits. */
function bytesBefore(buf: Buffer, a0: number, a1: number, b0: number, b1: number): boolean {
  if (a1 - a0 !== b1 - b0) return a1 - a0 < b1 - b0;
  for (let i = 0; i < a1 - a0; i++) {
    const d = (buf[a0 + i] as number) - (buf[b0 + i] as number);
    if (d !== 0) return d < 0;
  }
  return false;
}

function sameBytes(buf: Buffer, a0: number, a1: number, b0: number, b1: number): boolean {
  if (a1 - a0 !== b1 - b0) return false;
  for (let i = 0; i < a1 - a0; i++) if (buf[a0 + i] !== buf[b0 + i]) return false;
  return true;
}

/**
 * Recounts the print file and compares every figure with the manifest: hash, header, card count
 * and total, count and total per face value, and per range its face value, count, first and last
 * card number. Card numbers must rise strictly within a range and ranges must not overlap, so a
 * card cannot be printed twice. One pass over the bytes, making no string per line: a
 * million-card file is ~66 MB.
 */
export function checkPrintFile(printFile: Buffer, manifest: CardFileManifest): void {
  const fail: (what: string) => never = (what) => {
    throw new CardFileError(`the print file does not match the manifest: ${what}`);
  };
  const sha256 = createHash("sha256").update(printFile).digest("hex");
  if (sha256 !== manifest.printFile.sha256)
    fail(`its SHA-256 is ${sha256}, the manifest says ${manifest.printFile.sha256}`);
  checkManifestRanges(manifest);

  const header = Buffer.from(PRINT_FILE_HEADER, "latin1");
  if (printFile.length < header.length || !printFile.subarray(0, header.length).equals(header))
    fail(`the first line is not "${PRINT_FILE_HEADER.trimEnd()}"`);

  const tallies = new Map<string, RangeTally>(
    manifest.ranges.map((r) => [
      r.batchId,
      { batchId: r.batchId, faceValueFen: r.faceValueFen, count: 0, first: null, last: null },
    ]),
  );
  const text = (at: [number, number] | null) => (at ? printFile.toString("latin1", at[0], at[1]) : "none");
  let tally: RangeTally | undefined;
  let batch: [number, number] = [0, 0]; // where the previous line's batch id is
  let lineNo = 1;
  let lineStart = header.length;
  let field = 0;
  let comma1 = 0;
  let comma3 = 0;
  let face = 0;
  for (let i = lineStart; i < printFile.length; i++) {
    const b = printFile[i] as number;
    if (b === COMMA) {
      if (i === lineStart || printFile[i - 1] === COMMA) fail(`line ${lineNo + 1} has an empty field`);
      field++;
      if (field === 1) comma1 = i;
      else if (field === 3) comma3 = i;
      else if (field > 3) fail(`line ${lineNo + 1} has more than 4 fields`);
      continue;
    }
    if (b !== LF) {
      if (field < 3 ? !isDigit(b) : !isIdByte(b)) fail(`line ${lineNo + 1} has an unexpected character`);
      if (field === 2) face = face * 10 + (b - 0x30);
      continue;
    }
    lineNo++;
    if (field !== 3 || i === comma3 + 1) fail(`line ${lineNo} does not have 4 non-empty fields`);
    // Lines of one batch follow one another: look the batch up only when its id changes.
    if (!tally || !sameBytes(printFile, batch[0], batch[1], comma3 + 1, i)) {
      const batchId = printFile.toString("latin1", comma3 + 1, i);
      tally = tallies.get(batchId);
      if (!tally) fail(`line ${lineNo} names batch ${batchId}, which is not in the manifest`);
    }
    batch = [comma3 + 1, i];
    if (face !== tally.faceValueFen)
      fail(`line ${lineNo} has face value ${face} fen; batch ${tally.batchId} is ${tally.faceValueFen} fen`);
    if (tally.last && !bytesBefore(printFile, tally.last[0], tally.last[1], lineStart, comma1))
      fail(
        `line ${lineNo}: card ${text([lineStart, comma1])} does not follow ${text(tally.last)} in batch ${tally.batchId}`,
      );
    tally.last = [lineStart, comma1];
    tally.first ??= tally.last;
    tally.count++;
    field = 0;
    face = 0;
    lineStart = i + 1;
  }
  if (lineStart !== printFile.length) fail("the last line does not end with a line feed");

  // Every line's face value is its batch's (checked above), so the totals follow from the ranges.
  const faces = new Map<number, { count: number; totalFen: number }>();
  let cards = 0;
  let totalFen = 0;
  for (const r of manifest.ranges) {
    const t = tallies.get(r.batchId) as RangeTally;
    if (t.count !== r.count) fail(`batch ${r.batchId} has ${t.count} cards, the manifest says ${r.count}`);
    if (text(t.first) !== r.firstCardNo || text(t.last) !== r.lastCardNo)
      fail(
        `batch ${r.batchId} runs ${text(t.first)}–${text(t.last)}, the manifest says ${r.firstCardNo}–${r.lastCardNo}`,
      );
    const f = faces.get(r.faceValueFen) ?? { count: 0, totalFen: 0 };
    f.count += t.count;
    f.totalFen += t.count * r.faceValueFen;
    faces.set(r.faceValueFen, f);
    cards += t.count;
    totalFen += t.count * r.faceValueFen;
  }
  if (cards !== manifest.cardCount) fail(`it has ${cards} cards, the manifest says ${manifest.cardCount}`);
  if (totalFen !== manifest.totalFen)
    fail(`its total is ${totalFen} fen, the manifest says ${manifest.totalFen}`);
  if (faces.size !== manifest.byFaceValue.length) fail("the face values differ from the manifest's");
  for (const m of manifest.byFaceValue) {
    const f = faces.get(m.faceValueFen);
    if (!f || f.count !== m.count || f.totalFen !== m.totalFen)
      fail(
        `face value ${m.faceValueFen} fen: ${f?.count ?? 0} cards, ${f?.totalFen ?? 0} fen; ` +
          `the manifest says ${m.count} cards, ${m.totalFen} fen`,
      );
  }
}

/** Ranges are unique by batch and do not overlap one another. */
function checkManifestRanges(manifest: CardFileManifest) {
  const byFirst = [...manifest.ranges].sort((a, b) => (cardNoBefore(a.firstCardNo, b.firstCardNo) ? -1 : 1));
  const batches = new Set(manifest.ranges.map((r) => r.batchId));
  if (batches.size !== manifest.ranges.length) throw new CardFileError("the manifest lists a batch twice");
  for (let i = 1; i < byFirst.length; i++) {
    const [prev, next] = [byFirst[i - 1], byFirst[i]] as [(typeof byFirst)[0], (typeof byFirst)[0]];
    if (!cardNoBefore(prev.lastCardNo, next.firstCardNo))
      throw new CardFileError(`the manifest's ranges of batches ${prev.batchId} and ${next.batchId} overlap`);
  }
}
