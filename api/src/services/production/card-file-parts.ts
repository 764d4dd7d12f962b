import { createHash } from "node:crypto";
import type { CardFileManifest } from "../cards/card-file/index.ts";
import { PRINT_FILE_HEADER } from "../cards/card-file/index.ts";
import type { GeneratedChunk } from "./generate-cards.ts";

/**
 * Cards per card file. Sealing holds about five copies of a file in memory (jose signs and
 * encrypts whole buffers), so an order is split into files of this size: memory stays flat
 * whatever the order size (about 14 MB of print file per part).
 */
export const CARDS_PER_FILE = 100_000;

/** Collects a part's chunks: its print lines, hash and the ranges for its manifest. */
export class CardFilePart {
  readonly chunks: Buffer[] = [Buffer.from(PRINT_FILE_HEADER, "latin1")];
  private readonly hash = createHash("sha256").update(PRINT_FILE_HEADER, "latin1");
  readonly ranges: CardFileManifest["ranges"] = [];
  cardCount = 0;

  constructor(
    readonly index: number,
    private readonly size = CARDS_PER_FILE,
  ) {}

  add(chunk: GeneratedChunk) {
    this.chunks.push(chunk.printLines);
    this.hash.update(chunk.printLines);
    this.cardCount += chunk.count;
    const last = this.ranges.at(-1);
    if (last && last.batchId === chunk.batchId) {
      last.lastCardNo = chunk.lastCardNo;
      last.count += chunk.count;
    } else {
      this.ranges.push({
        batchId: chunk.batchId,
        faceValueFen: chunk.faceValueFen,
        firstCardNo: chunk.firstCardNo,
        lastCardNo: chunk.lastCardNo,
        count: chunk.count,
      });
    }
  }

  get full() {
    return this.cardCount >= this.size;
  }

  /** The part's print file, once; the chunks are dropped so only one copy lives. */
  takePrintFile(): Buffer {
    const file = Buffer.concat(this.chunks);
    for (const chunk of this.chunks) chunk.fill(0); // PINs: keep exactly one copy in memory
    this.chunks.length = 0;
    return file;
  }

  manifest(
    order: { orderId: string; manufacturerId: string; now: Date },
    partCount: number,
  ): CardFileManifest {
    const byFace = new Map<number, { faceValueFen: number; count: number; totalFen: number }>();
    for (const r of this.ranges) {
      const entry = byFace.get(r.faceValueFen) ?? { faceValueFen: r.faceValueFen, count: 0, totalFen: 0 };
      entry.count += r.count;
      entry.totalFen += r.count * r.faceValueFen;
      byFace.set(r.faceValueFen, entry);
    }
    const byFaceValue = [...byFace.values()].sort((a, b) => a.faceValueFen - b.faceValueFen);
    return {
      format: "powercard-card-file/1",
      orderId: order.orderId,
      part: { index: this.index, count: partCount },
      manufacturerId: order.manufacturerId,
      createdAt: order.now.toISOString(),
      cardCount: this.cardCount,
      totalFen: byFaceValue.reduce((n, f) => n + f.totalFen, 0),
      byFaceValue,
      ranges: this.ranges,
      printFile: {
        format: "csv",
        columns: ["card_no", "pin", "face_value_fen", "batch_id"],
        sha256: this.hash.digest("hex"),
      },
    };
  }
}

/** How many files the chunks make: a file takes whole chunks until it holds `size` cards. */
export function partCountFor(chunkSizes: readonly number[], size = CARDS_PER_FILE): number {
  let parts = 0;
  let inPart = 0;
  for (const n of chunkSizes) {
    if (inPart === 0) parts++;
    inPart += n;
    if (inPart >= size) inPart = 0;
  }
  return parts;
}
