import { DomainError } from "./errors.ts";

/** Opaque keyset cursors: base64url of "<ISO time>|<id>" of the last row of a page. */
export function encodeCursor(position: { at: Date; id: string }): string {
  return Buffer.from(`${position.at.toISOString()}|${position.id}`).toString("base64url");
}

export function decodeCursor(cursor: string): { at: Date; id: string } {
  const [iso, id] = Buffer.from(cursor, "base64url").toString("utf8").split("|");
  const at = new Date(iso ?? "");
  if (!id || Number.isNaN(at.getTime())) {
    throw new DomainError("validation_failed", {
      detail: "Invalid query.cursor",
      fieldErrors: [{ field: "query.cursor", message: "not a cursor returned by this API" }],
    });
  }
  return { at, id };
}
