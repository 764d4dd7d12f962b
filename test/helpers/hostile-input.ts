import fc from "fast-check";
import { bodyFields, type JsonSchema, type Operation, resolve, sampleValue, setAt } from "./openapi-walk.ts";

/**
 * Malformed and hostile input for a schema-driven fuzz: each case is one operation's sample
 * request with one thing changed. Strings go everywhere a string goes (path, query, header, body);
 * numbers and wrong types go into body fields and query parameters; the body is also replaced
 * whole (invalid JSON, wrong content types, none, 1 MB).
 */
export const MB = 1024 * 1024;

/** A deterministic pseudo-random string of printable characters (compression does not shrink it). */
const noise = (length: number, seed: number) =>
  fc.sample(
    fc.string({
      unit: fc.integer({ min: 0x21, max: 0x7e }).map((c) => String.fromCharCode(c)),
      minLength: length,
      maxLength: length,
    }),
    { seed, numRuns: 1 },
  )[0] as string;

/** Strings that once reached (or could reach) PostgreSQL and broke it, or break logs and files. */
export const HOSTILE_STRINGS: readonly string[] = [
  "\u0000",
  "a\u0000b",
  "\u0001",
  "\u001b[31mred",
  "a\u007fb",
  "a\tb",
  "a\nb",
  "\r\n",
  "a\u0085b",
  "\ud800",
  "\u202e",
  "",
  " ",
  "-1",
  "99999999999999999999999999",
  "1e309",
  "NaN",
  "../../etc/passwd",
  "'; DROP TABLE cards; --",
  "😀",
  noise(3000, 7),
  "x".repeat(MB),
];

/**
 * What goes into one body field, by its type. A 1 MB field only meets the body limit (the whole
 * 1 MB body is a case of its own), so body strings are at most 12 KB: large but within the limit.
 */
function fieldValues(schema: JsonSchema): readonly unknown[] {
  const type = resolve(schema).type;
  const types = Array.isArray(type) ? type : [type];
  if (types.includes("string"))
    return [...HOSTILE_STRINGS.filter((v) => v.length < MB), noise(12_000, 11), 1, null, {}, []];
  if (types.includes("integer") || types.includes("number"))
    return [...HOSTILE_NUMBERS, "1", "\u0000", null, {}];
  return [...WRONG_TYPES, "\u0000"];
}

export const HOSTILE_NUMBERS: readonly number[] = [
  -1,
  0,
  -(2 ** 31) - 1,
  2 ** 31,
  2 ** 53 + 2,
  -(2 ** 53) - 2,
  2 ** 63,
  1e308,
  -1e308,
  1.5,
  1e-7,
];

/** Wrong JSON types, and a deep nesting that a recursive walk would choke on. */
export const WRONG_TYPES: readonly unknown[] = [
  true,
  null,
  {},
  [],
  "1",
  1,
  { a: { b: "\u0000" } },
  [["\u0000"]],
];

const deepArray = (depth: number) => `${"[".repeat(depth)}${"]".repeat(depth)}`;

/** A path or query value: a string to percent-encode, or bytes already percent-encoded. */
export type UrlValue = string | { raw: string };

/** Raw URL bytes a client can send but no string encodes: overlong and broken UTF-8, bare %. */
export const RAW_URL_VALUES: readonly { raw: string }[] = [
  { raw: "%C0%80" },
  { raw: "%ED%A0%80" },
  { raw: "%" },
  { raw: "%zz" },
  { raw: "%FF%FE" },
];

export type BodyCase =
  | { kind: "json"; value: unknown }
  | { kind: "raw"; text: string | Uint8Array; contentType?: string }
  | { kind: "none" };

export interface FuzzCase {
  label: string;
  path?: Record<string, UrlValue>;
  query?: Record<string, UrlValue | UrlValue[]>;
  headers?: Record<string, string>;
  body?: BodyCase;
}

const short = (value: unknown) => {
  const text = typeof value === "string" ? JSON.stringify(value) : (JSON.stringify(value) ?? String(value));
  return text.length > 24 ? `${text.slice(0, 20)}…(${text.length})` : text;
};

/** Values a header can carry at all (fetch refuses NUL, CR, LF and non-Latin-1). */
function headerSafe(value: string): boolean {
  try {
    new Headers({ x: value });
    return value.length < 8192;
  } catch {
    return false;
  }
}

const WHOLE_BODIES: readonly { label: string; body: BodyCase }[] = [
  { label: "no body", body: { kind: "none" } },
  { label: "empty JSON body", body: { kind: "raw", text: "", contentType: "application/json" } },
  { label: "invalid JSON", body: { kind: "raw", text: '{"a":', contentType: "application/json" } },
  { label: "trailing comma", body: { kind: "raw", text: '{"a":1,}', contentType: "application/json" } },
  {
    label: "raw NUL in JSON",
    body: { kind: "raw", text: '{"a":"x\u0000y"}', contentType: "application/json" },
  },
  { label: "JSON null", body: { kind: "json", value: null } },
  { label: "JSON array", body: { kind: "json", value: [] } },
  { label: "JSON string", body: { kind: "json", value: "\u0000" } },
  { label: "JSON number", body: { kind: "json", value: 1e308 } },
  { label: "deep nesting", body: { kind: "raw", text: deepArray(5000), contentType: "application/json" } },
  {
    label: "__proto__ key",
    body: { kind: "raw", text: '{"__proto__":{"admin":true}}', contentType: "application/json" },
  },
  { label: "1 MB body", body: { kind: "json", value: { a: "x".repeat(MB) } } },
  { label: "text/plain", body: { kind: "raw", text: "{}", contentType: "text/plain" } },
  {
    label: "form body",
    body: { kind: "raw", text: "a=1", contentType: "application/x-www-form-urlencoded" },
  },
  {
    label: "multipart",
    body: { kind: "raw", text: "--x--\r\n", contentType: "multipart/form-data; boundary=x" },
  },
  { label: "application/jsonx", body: { kind: "raw", text: "{}", contentType: "application/jsonx" } },
  { label: "text/csv", body: { kind: "raw", text: "a,b\n1,2\n", contentType: "text/csv" } },
  { label: "no content type", body: { kind: "raw", text: new TextEncoder().encode("{}") } },
  {
    label: "bad charset",
    body: { kind: "raw", text: "{}", contentType: "application/json; charset=utf-16" },
  },
];

/** The sample bill file, with one cell of its only bill replaced. */
export const SAMPLE_CSV = "bill_id,customer_no,period,amount_fen\nB1,3301000001,2026-01,100\n";
function csvWith(cell: number, value: string) {
  const cells = ["B1", "3301000001", "2026-01", "100"];
  cells[cell] = value;
  return `bill_id,customer_no,period,amount_fen\n${cells.join(",")}\n`;
}

/** One operation's cases: fixed hostile values everywhere, then `randomRuns` fast-check mutations. */
export function fuzzCases(
  op: Operation,
  { seed, randomRuns }: { seed: number; randomRuns: number },
): FuzzCase[] {
  const cases: FuzzCase[] = [{ label: "sample request" }];
  const urlValues: UrlValue[] = [...HOSTILE_STRINGS, ...RAW_URL_VALUES];
  for (const p of op.parameters) {
    // An empty path segment is another URL (another route or none), not this operation.
    if (p.in === "path")
      for (const v of urlValues.filter((v) => v !== ""))
        cases.push({ label: `path.${p.name}=${short(v)}`, path: { [p.name]: v } });
    if (p.in === "query") {
      const numeric = ["integer", "number"].includes(String(resolve(p.schema).type));
      for (const v of [...urlValues, ...(numeric ? ["1.5", "0x10", " 1", "-0", String(2 ** 64)] : [])])
        cases.push({ label: `query.${p.name}=${short(v)}`, query: { [p.name]: v } });
      cases.push({ label: `query.${p.name} twice`, query: { [p.name]: ["1", "2"] } });
    }
    if (p.in === "header")
      for (const v of HOSTILE_STRINGS.filter(headerSafe))
        cases.push({ label: `header.${p.name}=${short(v)}`, headers: { [p.name]: v } });
  }
  if (op.method === "GET" || op.method === "HEAD") return [...cases, ...randomCases(op, seed, randomRuns)];

  for (const whole of WHOLE_BODIES) cases.push({ label: whole.label, body: whole.body });
  if (op.body?.mediaType.startsWith("application/json")) {
    const sample = sampleValue(op.body.schema, seed);
    for (const field of bodyFields(op.body.schema).slice(0, 12)) {
      const name = `body.${field.path.join(".")}`;
      for (const v of fieldValues(field.schema))
        cases.push({
          label: `${name}=${short(v)}`,
          body: { kind: "json", value: setAt(sample, field.path, v) },
        });
    }
    cases.push({
      label: "unknown field with NUL",
      body: { kind: "json", value: setAt(sample, ["\u0000"], "\u0000") },
    });
  }
  if (op.body?.mediaType.startsWith("text/csv"))
    for (const v of HOSTILE_STRINGS)
      for (const cell of [0, 2])
        cases.push({
          label: `csv cell ${cell}=${short(v)}`,
          body: { kind: "raw", text: csvWith(cell, v), contentType: op.body.mediaType },
        });
  return [...cases, ...randomCases(op, seed, randomRuns)];
}

/** Any value JSON can carry, with a bias to the control characters and lone surrogates that matter. */
const anyValue = fc.oneof(
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.string({ unit: fc.integer({ min: 0, max: 0x9f }).map((c) => String.fromCharCode(c)), maxLength: 20 }),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }).map(String),
  fc.jsonValue({ maxDepth: 3 }),
);

function randomCases(op: Operation, seed: number, runs: number): FuzzCase[] {
  const params = op.parameters.filter((p) => p.in === "path" || p.in === "query");
  const fields = op.body?.mediaType.startsWith("application/json") ? bodyFields(op.body.schema) : [];
  const slots = params.length + fields.length;
  if (slots === 0 || runs === 0) return [];
  const sample = op.body ? sampleValue(op.body.schema, seed) : undefined;
  return fc
    .sample(fc.tuple(fc.nat({ max: slots - 1 }), anyValue), { seed, numRuns: runs })
    .map(([slot, value]) => {
      const param = params[slot];
      if (param) {
        const target = param.in === "path" ? "path" : "query";
        const text = typeof value === "string" ? value : JSON.stringify(value);
        // As above: an empty path segment would name another route.
        if (target === "path" && text === "") return { label: "random path (empty: skipped)" };
        return { label: `random ${target}.${param.name}=${short(text)}`, [target]: { [param.name]: text } };
      }
      const field = fields[slot - params.length];
      const path = field?.path ?? [];
      return {
        label: `random body.${path.join(".")}=${short(value)}`,
        body: { kind: "json", value: setAt(sample, path, value) },
      };
    });
}
