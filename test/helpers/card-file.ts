import { createHash, randomInt } from "node:crypto";
import { makeCardNo } from "@powercard/db";
import type { CardFileManifest } from "../../api/src/services/cards/card-file/index.ts";
import { PRINT_FILE_HEADER } from "../../api/src/services/cards/card-file/index.ts";

export interface TestBatch {
  batchId: string;
  faceValueFen: number;
  firstSerial: number;
  count: number;
}

export const TEST_BATCHES: TestBatch[] = [
  { batchId: "bat_test0000000000000000000a", faceValueFen: 5000, firstSerial: 1000, count: 3 },
  { batchId: "bat_test0000000000000000000b", faceValueFen: 10000, firstSerial: 2000, count: 2 },
];

/** A small order: print-file bytes (random 16-digit PINs) and the manifest that matches them. */
export function makeCardOrder(
  batches: TestBatch[] = TEST_BATCHES,
  ids: { orderId?: string; manufacturerId?: string } = {},
): { manifest: CardFileManifest; printFile: Buffer; pins: string[] } {
  const pins: string[] = [];
  let csv = PRINT_FILE_HEADER;
  for (const b of batches) {
    for (let i = 0; i < b.count; i++) {
      const pin = Array.from({ length: 16 }, () => randomInt(10)).join("");
      pins.push(pin);
      csv += `${makeCardNo("33", b.firstSerial + i)},${pin},${b.faceValueFen},${b.batchId}\n`;
    }
  }
  const printFile = Buffer.from(csv, "latin1");
  return { manifest: manifestFor(batches, printFile, ids), printFile, pins };
}

/** The manifest that matches a print file made of these batches, in order. */
export function manifestFor(
  batches: TestBatch[],
  printFile: Buffer,
  ids: { orderId?: string; manufacturerId?: string; createdAt?: string } = {},
): CardFileManifest {
  const faces = [...new Set(batches.map((b) => b.faceValueFen))].sort((a, b) => a - b);
  return {
    format: "powercard-card-file/1",
    orderId: ids.orderId ?? "por_test",
    part: { index: 1, count: 1 },
    manufacturerId: ids.manufacturerId ?? "mfr_test",
    createdAt: ids.createdAt ?? "2025-03-01T08:00:00.000Z",
    cardCount: batches.reduce((n, b) => n + b.count, 0),
    totalFen: batches.reduce((n, b) => n + b.count * b.faceValueFen, 0),
    byFaceValue: faces.map((faceValueFen) => {
      const count = batches.filter((b) => b.faceValueFen === faceValueFen).reduce((n, b) => n + b.count, 0);
      return { faceValueFen, count, totalFen: count * faceValueFen };
    }),
    ranges: batches.map((b) => ({
      batchId: b.batchId,
      faceValueFen: b.faceValueFen,
      firstCardNo: makeCardNo("33", b.firstSerial),
      lastCardNo: makeCardNo("33", b.firstSerial + b.count - 1),
      count: b.count,
    })),
    printFile: {
      format: "csv",
      columns: ["card_no", "pin", "face_value_fen", "batch_id"],
      sha256: createHash("sha256").update(printFile).digest("hex"),
    },
  };
}
