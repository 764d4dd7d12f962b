/**
 * jose encodes and decodes base64url with `Uint8Array.prototype.toBase64` and
 * `Uint8Array.fromBase64` (ES2026) when the runtime has them, and otherwise with a
 * String.fromCharCode + btoa fallback that, on Node 20–24, takes ~2 s and ~400 MB of transient
 * strings per 66 MB — a million-card file could not be sealed under 512 MB. Node's own base64
 * (Buffer) does the same work in ~60 ms with one copy, so this installs the two standard methods
 * on top of it, only where they are missing, with the standard's options and errors: invalid
 * characters are a SyntaxError, never skipped (Buffer alone would skip them silently).
 */
type Alphabet = "base64" | "base64url";
type LastChunk = "loose" | "strict" | "stop-before-partial";

const INVALID = { base64: /[^A-Za-z0-9+/]/, base64url: /[^A-Za-z0-9_-]/ } as const;
const WHITESPACE = /[\t\n\f\r ]/;
const ALL_WHITESPACE = /[\t\n\f\r ]/g;
/** Bits that a final chunk of 2 or 3 characters carries beyond its bytes; `strict` wants them 0. */
const OVERFLOW_MASK = [0, 0, 0x0f, 0x03];

function option<T extends string>(options: unknown, name: string, allowed: readonly T[], fallback: T): T {
  if (options !== undefined && (typeof options !== "object" || options === null))
    throw new TypeError("options must be an object");
  const value = (options as Record<string, unknown> | undefined)?.[name] ?? fallback;
  if (!allowed.includes(value as T)) throw new TypeError(`${name} must be one of ${allowed.join(", ")}`);
  return value as T;
}

function toBase64(this: Uint8Array, options?: { alphabet?: Alphabet; omitPadding?: boolean }): string {
  if (!(this instanceof Uint8Array)) throw new TypeError("toBase64 must be called on a Uint8Array");
  const alphabet = option(options, "alphabet", ["base64", "base64url"], "base64");
  const text = Buffer.from(this.buffer, this.byteOffset, this.byteLength).toString(alphabet);
  // Buffer pads base64 and never pads base64url; the standard pads both unless told not to.
  if (options?.omitPadding) return alphabet === "base64" ? text.replace(/=+$/, "") : text;
  return alphabet === "base64url" ? text.padEnd(Math.ceil(text.length / 4) * 4, "=") : text;
}

function fromBase64(
  input: string,
  options?: { alphabet?: Alphabet; lastChunkHandling?: LastChunk },
): Uint8Array {
  if (typeof input !== "string") throw new TypeError("fromBase64 expects a string");
  const alphabet = option(options, "alphabet", ["base64", "base64url"], "base64");
  const lastChunk = option(options, "lastChunkHandling", ["loose", "strict", "stop-before-partial"], "loose");
  let data = WHITESPACE.test(input) ? input.replace(ALL_WHITESPACE, "") : input;
  const padding = data.endsWith("==") ? 2 : data.endsWith("=") ? 1 : 0;
  data = padding ? data.slice(0, -padding) : data;
  if (INVALID[alphabet].test(data)) throw new SyntaxError("invalid base64 input");
  const partial = data.length % 4;
  if (padding) {
    if (partial + padding !== 4) throw new SyntaxError("invalid base64 padding");
  } else if (partial) {
    if (lastChunk === "stop-before-partial") data = data.slice(0, data.length - partial);
    else if (partial === 1 || lastChunk === "strict") throw new SyntaxError("incomplete base64 chunk");
  }
  if (lastChunk === "strict" && partial && padding) {
    const last = Buffer.from(`${data.slice(-1)}A==`, "base64")[0] as number;
    if ((last >> 2) & (OVERFLOW_MASK[partial] as number))
      throw new SyntaxError("non-zero padding bits in base64 input");
  }
  const bytes = Buffer.from(data, "base64"); // accepts both alphabets; checked above
  // A fresh Uint8Array over its own ArrayBuffer, as the standard returns (small Buffers share a pool).
  if (bytes.byteOffset === 0 && bytes.buffer.byteLength === bytes.length) return new Uint8Array(bytes.buffer);
  return new Uint8Array(bytes);
}

const proto = Uint8Array.prototype as unknown as Record<string, unknown>;
const ctor = Uint8Array as unknown as Record<string, unknown>;
if (typeof proto.toBase64 !== "function")
  Object.defineProperty(proto, "toBase64", { value: toBase64, writable: true, configurable: true });
if (typeof ctor.fromBase64 !== "function")
  Object.defineProperty(ctor, "fromBase64", { value: fromBase64, writable: true, configurable: true });
