import { z } from "zod";

export const CARD_FILE_FORMAT = "powercard-card-file/1";
export const PRINT_FILE_COLUMNS = ["card_no", "pin", "face_value_fen", "batch_id"] as const;
/** The print file's first line; every line, this one included, ends with a single LF. */
export const PRINT_FILE_HEADER = `${PRINT_FILE_COLUMNS.join(",")}\n`;

/**
 * What the utility states about a card file, signed with it: the manufacturer checks the print
 * file against every figure here before printing, and acknowledges count + hash.
 */
export interface CardFileManifest {
  format: typeof CARD_FILE_FORMAT;
  orderId: string;
  /**
   * Which file of the order this is (from 1) and how many there are: an order is split into
   * files of about 200,000 cards, so sealing one never holds more than that in memory.
   */
  part: { index: number; count: number };
  manufacturerId: string;
  /** RFC 3339, UTC. */
  createdAt: string;
  cardCount: number;
  totalFen: number;
  byFaceValue: { faceValueFen: number; count: number; totalFen: number }[];
  ranges: { batchId: string; faceValueFen: number; firstCardNo: string; lastCardNo: string; count: number }[];
  printFile: {
    format: "csv";
    columns: ["card_no", "pin", "face_value_fen", "batch_id"];
    /** Lower-case hex SHA-256 of the exact print-file bytes. */
    sha256: string;
  };
}

const count = z.number().int().nonnegative();
const fen = z.number().int().positive();
const text = z.string().min(1).max(200);

/** Parses a manifest read from a file: strict, so an unexpected member is an error, not ignored. */
export const cardFileManifestSchema = z.strictObject({
  format: z.literal(CARD_FILE_FORMAT),
  orderId: text,
  part: z.strictObject({ index: z.number().int().positive(), count: z.number().int().positive() }),
  manufacturerId: text,
  createdAt: z.iso.datetime({ offset: true }),
  cardCount: count,
  totalFen: z.number().int().nonnegative(),
  byFaceValue: z.array(
    z.strictObject({ faceValueFen: fen, count, totalFen: z.number().int().nonnegative() }),
  ),
  ranges: z.array(
    z.strictObject({
      batchId: text,
      faceValueFen: fen,
      firstCardNo: z.string().regex(/^\d{1,40}$/),
      lastCardNo: z.string().regex(/^\d{1,40}$/),
      count,
    }),
  ),
  printFile: z.strictObject({
    format: z.literal("csv"),
    columns: z.tuple([
      z.literal("card_no"),
      z.literal("pin"),
      z.literal("face_value_fen"),
      z.literal("batch_id"),
    ]),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
  }),
}) satisfies z.ZodType<CardFileManifest>;
