import { readFileSync } from "node:fs";
import fc from "fast-check";

/**
 * The committed spec (`api/openapi.json`, what partners build from) as a list of operations with
 * their parameters, body and declared statuses, and a valid-looking sample request for each, so
 * that a fuzz test can start from a request that gets past validation and change one thing.
 */
export type JsonSchema = {
  $ref?: string;
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  allOf?: JsonSchema[];
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  enum?: unknown[];
  example?: unknown;
  default?: unknown;
  pattern?: string;
  format?: string;
  minLength?: number;
  minimum?: number;
  minItems?: number;
};

export interface Parameter {
  name: string;
  in: "path" | "query" | "header" | "cookie";
  required?: boolean;
  schema: JsonSchema;
}

export interface Operation {
  method: string;
  path: string;
  operationId: string;
  parameters: Parameter[];
  /** The body's media type and schema, when the operation takes one. */
  body?: { mediaType: string; schema: JsonSchema; required: boolean };
  declared: Set<string>;
}

type Doc = {
  paths: Record<
    string,
    Record<
      string,
      {
        operationId: string;
        parameters?: Parameter[];
        requestBody?: { required?: boolean; content: Record<string, { schema: JsonSchema }> };
        responses: Record<string, unknown>;
      }
    >
  >;
  components: { schemas: Record<string, JsonSchema> };
};

export const SPEC = JSON.parse(
  readFileSync(new URL("../../api/openapi.json", import.meta.url), "utf8"),
) as Doc;

export function resolve(schema: JsonSchema): JsonSchema {
  let s = schema;
  while (s.$ref) {
    const name = s.$ref.replace("#/components/schemas/", "");
    const target = SPEC.components.schemas[name];
    if (!target) throw new Error(`unresolved ${s.$ref}`);
    s = { ...target, ...Object.fromEntries(Object.entries(s).filter(([k]) => k !== "$ref")) };
  }
  if (s.allOf) {
    const parts = s.allOf.map(resolve);
    const merged: JsonSchema = {
      ...s,
      allOf: undefined,
      properties: { ...s.properties },
      required: [...(s.required ?? [])],
    };
    for (const part of parts) {
      const { properties, required, ...rest } = part;
      Object.assign(merged, rest);
      Object.assign(merged.properties as object, properties);
      merged.required?.push(...(required ?? []));
    }
    return merged;
  }
  return s;
}

export const OPERATIONS: Operation[] = Object.entries(SPEC.paths).flatMap(([path, methods]) =>
  Object.entries(methods).map(([method, op]) => {
    const content = Object.entries(op.requestBody?.content ?? {})[0];
    return {
      method: method.toUpperCase(),
      path,
      operationId: op.operationId,
      parameters: op.parameters ?? [],
      body: content
        ? { mediaType: content[0], schema: content[1].schema, required: op.requestBody?.required ?? false }
        : undefined,
      declared: new Set(Object.keys(op.responses)),
    };
  }),
);

const typeOf = (s: JsonSchema) => (Array.isArray(s.type) ? s.type.find((t) => t !== "null") : s.type);

/** A value the schema accepts (its example when it has one), deterministic for a seed. */
export function sampleValue(schema: JsonSchema, seed = 1): unknown {
  const s = resolve(schema);
  if (s.example !== undefined) return s.example;
  if (s.default !== undefined) return s.default;
  if (s.enum?.length) return s.enum[0];
  const alternative = s.anyOf?.[0] ?? s.oneOf?.[0];
  if (alternative) return sampleValue(alternative, seed);
  switch (typeOf(s)) {
    case "object":
      return Object.fromEntries(
        (s.required ?? []).map((name) => [name, sampleValue(s.properties?.[name] ?? {}, seed)]),
      );
    case "array":
      return Array.from({ length: Math.max(1, s.minItems ?? 1) }, () => sampleValue(s.items ?? {}, seed));
    case "integer":
    case "number":
      return Math.max(1, s.minimum ?? 1);
    case "boolean":
      return true;
    case "string":
      if (s.format === "date-time") return "2026-01-01T00:00:00.000Z";
      if (s.format === "date") return "2026-01-01";
      if (s.pattern)
        return fc.sample(fc.stringMatching(new RegExp(s.pattern)), { seed, numRuns: 1 })[0] as string;
      return "x".repeat(Math.max(1, s.minLength ?? 1));
    default:
      return "x";
  }
}

/** Every place in a body a value can go: "a", "a.b", "items.0.c", with its schema. */
export function bodyFields(schema: JsonSchema, prefix: (string | number)[] = []) {
  const out: { path: (string | number)[]; schema: JsonSchema }[] = [];
  const s = resolve(schema);
  if (prefix.length > 4) return out;
  for (const [name, child] of Object.entries(s.properties ?? {})) {
    const path = [...prefix, name];
    out.push({ path, schema: child }, ...bodyFields(child, path));
  }
  if (typeOf(s) === "array" && s.items) out.push(...bodyFields(s.items, [...prefix, 0]));
  return out;
}

/** A copy of `value` with `path` set to `replacement` (creating objects and arrays on the way). */
export function setAt(value: unknown, path: (string | number)[], replacement: unknown): unknown {
  const [head, ...rest] = path;
  if (head === undefined) return replacement;
  if (typeof head === "number") {
    const list = Array.isArray(value) ? [...value] : [];
    list[head] = setAt(list[head], rest, replacement);
    return list;
  }
  const object = value && typeof value === "object" && !Array.isArray(value) ? { ...value } : {};
  (object as Record<string, unknown>)[head] = setAt(
    (object as Record<string, unknown>)[head],
    rest,
    replacement,
  );
  return object;
}
