/**
 * The API reference in a second language: the same document with each operation's summary and
 * description, the tag names and the title replaced from a table keyed by operationId, and each
 * parameter's and each schema's description from tables keyed by its English text
 * (openapi-zh.ts). The English document stays the one the API serves and partners build from.
 */
export interface OpenApiTranslation {
  info: { title: string; description: string };
  tags: Readonly<Record<string, string>>;
  operations: Readonly<Record<string, { summary: string; description: string }>>;
  /** A parameter's description in English → in the second language (its schema repeats it). */
  parameters: Readonly<Record<string, string>>;
  /**
   * A schema's description in English → in the second language: components.schemas, request and
   * response bodies, every property, item and allOf/oneOf/anyOf branch in them, and response headers.
   */
  schemas: Readonly<Record<string, string>>;
}

/** A schema as far as its descriptions go: its own and those of the schemas inside it. */
interface Schema {
  description?: string;
  properties?: Record<string, Schema>;
  items?: Schema;
  additionalProperties?: Schema | boolean;
  allOf?: Schema[];
  oneOf?: Schema[];
  anyOf?: Schema[];
}
interface Described {
  description?: string;
  schema?: Schema;
}
interface Body {
  content?: Record<string, { schema?: Schema }>;
  headers?: Record<string, Described>;
}
interface Operation {
  operationId?: string;
  summary?: string;
  description?: string;
  tags?: string[];
  parameters?: Described[];
  requestBody?: Body;
  responses?: Record<string, Body>;
}
/** An OpenAPI document as far as translating it goes (its path items hold the operations). */
interface Document {
  info: { title: string; description?: string };
  paths?: object;
  components?: { schemas?: Record<string, Schema> };
}

const operationsOf = (doc: Document): Operation[] =>
  Object.values(doc.paths ?? {}).flatMap((item: Record<string, Operation>) => Object.values(item));

/** `schema` and every schema nested in it. */
function nestedSchemas(schema: Schema | boolean | undefined): Schema[] {
  if (typeof schema !== "object") return [];
  const children = [
    ...Object.values(schema.properties ?? {}),
    schema.items,
    schema.additionalProperties,
    ...(schema.allOf ?? []),
    ...(schema.oneOf ?? []),
    ...(schema.anyOf ?? []),
  ];
  return [schema, ...children.flatMap(nestedSchemas)];
}

/** Whatever takes its description from the parameters table: each parameter and its schema. */
const parametersOf = (doc: Document): Described[] =>
  operationsOf(doc).flatMap((op) => (op.parameters ?? []).flatMap((p) => [p, ...nestedSchemas(p.schema)]));

/**
 * Whatever takes its description from the schemas table: every schema outside a parameter (in
 * components.schemas and the request and response bodies), and each response header and its schema.
 */
const schemasOf = (doc: Document): Described[] => [
  ...Object.values(doc.components?.schemas ?? {}).flatMap(nestedSchemas),
  ...operationsOf(doc).flatMap((op) =>
    [op.requestBody, ...Object.values(op.responses ?? {})].flatMap((body) => [
      ...Object.values(body?.content ?? {}).flatMap((media) => nestedSchemas(media.schema)),
      ...Object.values(body?.headers ?? {}).flatMap((header) => [header, ...nestedSchemas(header.schema)]),
    ]),
  ),
];

const textsOf = (described: Described[]): Set<string> =>
  new Set(described.flatMap((d) => (d.description ? [d.description] : [])));

/** The lines for one table keyed by English text: texts it lacks, and entries nothing has. */
function tableGaps(kind: string, texts: Set<string>, table: Readonly<Record<string, string>>): string[] {
  return [
    ...[...texts]
      .filter((english) => !table[english])
      .map((english) => `${kind} description "${english}" has no translation`),
    ...Object.keys(table)
      .filter((english) => !texts.has(english))
      .map((english) => `translation of ${kind} description "${english}", which no ${kind} has`),
  ];
}

/** What the table lacks or has in excess, as readable lines (empty when the table fits the document). */
export function translationGaps(doc: Document, text: OpenApiTranslation): string[] {
  const ids = new Set(operationsOf(doc).map((op) => op.operationId ?? ""));
  const tags = new Set(operationsOf(doc).flatMap((op) => op.tags ?? []));
  return [
    ...[...ids].filter((id) => !text.operations[id]).map((id) => `operation ${id} has no translation`),
    ...Object.keys(text.operations)
      .filter((id) => !ids.has(id))
      .map((id) => `translation of ${id}, which is no operation`),
    ...[...tags].filter((tag) => !text.tags[tag]).map((tag) => `tag "${tag}" has no translation`),
    ...tableGaps("parameter", textsOf(parametersOf(doc)), text.parameters),
    ...tableGaps("schema", textsOf(schemasOf(doc)), text.schemas),
  ];
}

const translate = (described: Described[], table: Readonly<Record<string, string>>) => {
  for (const d of described) if (d.description) d.description = table[d.description] ?? d.description;
};

export function localizeOpenApi<T extends Document>(doc: T, text: OpenApiTranslation): T {
  const gaps = translationGaps(doc, text);
  if (gaps.length > 0) throw new Error(`the translated API reference is incomplete:\n${gaps.join("\n")}`);
  const copy = structuredClone(doc);
  copy.info.title = text.info.title;
  copy.info.description = text.info.description;
  for (const op of operationsOf(copy)) {
    const zh = text.operations[op.operationId ?? ""];
    if (!zh) continue;
    op.summary = zh.summary;
    op.description = zh.description;
    op.tags = op.tags?.map((tag) => text.tags[tag] ?? tag);
  }
  translate(parametersOf(copy), text.parameters);
  translate(schemasOf(copy), text.schemas);
  return copy;
}
