import { createHmac, randomFillSync } from "node:crypto";
import { makeCardNo, PIN_LENGTH, type PinKeyring } from "@powercard/db";

/** How many cards are made, loaded and written per step: bounds memory whatever the order size. */
export const GENERATION_CHUNK = 20_000;

export interface BatchToGenerate {
  batchId: string;
  faceValueFen: number;
  firstSerial: number;
  quantity: number;
}

export interface GeneratedChunk {
  /** The chunk's cards: consecutive numbers of one batch. */
  batchId: string;
  faceValueFen: number;
  firstCardNo: string;
  lastCardNo: string;
  count: number;
  /** CSV rows for COPY into `cards` (columns: CARD_COPY_COLUMNS). Holds PIN HMACs, never PINs. */
  copyCsv: Buffer;
  /** The same cards as print-file lines `card_no,pin,face_value_fen,batch_id\n`. */
  printLines: Buffer;
}

export const CARD_COPY_COLUMNS = [
  "card_no",
  "batch_id",
  "face_value_fen",
  "state",
  "owner_unit_id",
  "pin_hmac",
  "pin_key_id",
  "created_at",
  "updated_at",
] as const;

/**
 * PINs of uniformly random digits from the OS CSPRNG, many at once: random bytes, keeping only
 * those below 250 (a multiple of 10) so `byte % 10` is uniform. One randomFill per chunk is
 * far cheaper than a randomInt call per digit.
 */
export function generatePins(count: number, length = PIN_LENGTH): string[] {
  const digits = Buffer.alloc(count * length);
  let filled = 0;
  const pool = Buffer.alloc(Math.ceil(count * length * 1.05) + 64);
  while (filled < digits.length) {
    randomFillSync(pool);
    for (let i = 0; i < pool.length && filled < digits.length; i++) {
      const b = pool[i] as number;
      if (b < 250) digits[filled++] = 48 + (b % 10);
    }
  }
  const pins = new Array<string>(count);
  for (let i = 0; i < count; i++) pins[i] = digits.toString("latin1", i * length, (i + 1) * length);
  digits.fill(0);
  return pins;
}

/** The sizes of the chunks generateCards yields for these batches, in order. */
export function chunkSizes(batches: readonly BatchToGenerate[]): number[] {
  return batches.flatMap((b) =>
    Array.from({ length: Math.ceil(b.quantity / GENERATION_CHUNK) }, (_, i) =>
      Math.min(GENERATION_CHUNK, b.quantity - i * GENERATION_CHUNK),
    ),
  );
}

/**
 * Makes the cards of some batches, chunk by chunk. The plaintext PINs live only inside one
 * chunk's print lines (which go into the encrypted file) and are dropped with it; the database
 * gets HMAC-SHA-256 under the current PIN key.
 */
export function* generateCards(
  batches: readonly BatchToGenerate[],
  options: { issuerCode: string; ownerUnitId: string; pinKeys: PinKeyring; now: Date },
): Generator<GeneratedChunk> {
  const { issuerCode, ownerUnitId, pinKeys, now } = options;
  const key = pinKeys.keys.get(pinKeys.currentKeyId);
  if (!key) throw new Error("the current PIN key is missing");
  const at = now.toISOString();
  for (const batch of batches) {
    for (let offset = 0; offset < batch.quantity; offset += GENERATION_CHUNK) {
      const n = Math.min(GENERATION_CHUNK, batch.quantity - offset);
      const pins = generatePins(n);
      // Lines are written straight into two buffers: no array of a million strings lingers on
      // the heap, which keeps the process's peak memory flat.
      const copyLine = (cardNo: string, hmac: string) =>
        `${cardNo},${batch.batchId},${batch.faceValueFen},generated,${ownerUnitId},\\x${hmac},${pinKeys.currentKeyId},${at},${at}\n`;
      const printLine = (cardNo: string, pin: string) =>
        `${cardNo},${pin},${batch.faceValueFen},${batch.batchId}\n`;
      const sample = makeCardNo(issuerCode, batch.firstSerial);
      const copy = Buffer.allocUnsafe(n * Buffer.byteLength(copyLine(sample, "0".repeat(64))));
      const print = Buffer.allocUnsafe(n * Buffer.byteLength(printLine(sample, "0".repeat(PIN_LENGTH))));
      let copyAt = 0;
      let printAt = 0;
      for (let i = 0; i < n; i++) {
        const cardNo = makeCardNo(issuerCode, batch.firstSerial + offset + i);
        const pin = pins[i] as string;
        const hmac = createHmac("sha256", key).update(pin, "utf8").digest("hex");
        copyAt += copy.write(copyLine(cardNo, hmac), copyAt, "latin1");
        printAt += print.write(printLine(cardNo, pin), printAt, "latin1");
      }
      yield {
        batchId: batch.batchId,
        faceValueFen: batch.faceValueFen,
        firstCardNo: makeCardNo(issuerCode, batch.firstSerial + offset),
        lastCardNo: makeCardNo(issuerCode, batch.firstSerial + offset + n - 1),
        count: n,
        copyCsv: copy.subarray(0, copyAt),
        printLines: print.subarray(0, printAt),
      };
    }
  }
}
