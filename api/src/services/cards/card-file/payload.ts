import { CardFileError } from "./card-file-error.ts";

/**
 * The signed payload of a card file:
 *
 *   <manifest as UTF-8 JSON, on one line> LF <print-file bytes>
 *
 * JSON.stringify never emits a raw LF (it escapes them inside strings), so the first LF ends the
 * manifest. The print file is carried as raw bytes rather than as a JSON string, which would
 * need escaping and a second 60 MB copy for a million cards.
 */
export function joinPayload(manifestJson: string, printFile: Uint8Array): Buffer {
  const head = Buffer.from(`${manifestJson}\n`, "utf8");
  const payload = Buffer.allocUnsafe(head.length + printFile.length);
  head.copy(payload, 0);
  payload.set(printFile, head.length);
  return payload;
}

/** Splits at the first LF; both parts are views into `payload`, not copies. */
export function splitPayload(payload: Uint8Array): { manifestJson: string; printFile: Buffer } {
  const bytes = Buffer.from(payload.buffer, payload.byteOffset, payload.byteLength);
  const lf = bytes.indexOf(0x0a);
  if (lf < 0) throw new CardFileError("the signed payload has no manifest line");
  return { manifestJson: bytes.toString("utf8", 0, lf), printFile: bytes.subarray(lf + 1) };
}
