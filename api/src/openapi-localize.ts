/**
 * The API reference in a second language: the same document with each operation's summary and
 * description, the tag names and the title replaced from a table keyed by operationId, and each
 * parameter's description from a table keyed by its English text (openapi-zh.ts). The English document stays the one the API serves and partners build from.
 */
export interface OpenApiTranslation {
  info: { title: string; description: string };
  tags: Readonly<Record<string, string>>;
  operations: Readonly<Record<string, { summary: string; description: string }>>;
  /** A parameter's description in English → in the second language. */
  parameters: Readonly<Record<string, string>>;
}

interface Parameter {
  description?: string;
}

interface Operation {
  operationId?: string;
  summary?: string;
  description?: string;
  tags?: string[];
  parameters?: Parameter[];
}
/** An OpenAPI document as far as translating it goes (its path items hold the operations). */
interface Document {
  info: { title: string; description?: string };
  paths?: object;
}

const operationsOf = (doc: Document): Operation[] =>
  Object.values(doc.paths ?? {}).flatMap((item: Record<string, Operation>) => Object.values(item));
const parameterTexts = (doc: Document): Set<string> =>
  new Set(
    operationsOf(doc).flatMap((op) =>
      (op.parameters ?? []).flatMap((p) => (p.description ? [p.description] : [])),
    ),
  );

/** What the table lacks or has in excess, as readable lines (empty when the table fits the document). */
export function translationGaps(doc: Document, text: OpenApiTranslation): string[] {
  const ids = new Set(operationsOf(doc).map((op) => op.operationId ?? ""));
  const tags = new Set(operationsOf(doc).flatMap((op) => op.tags ?? []));
  const parameters = parameterTexts(doc);
  return [
    ...[...ids].filter((id) => !text.operations[id]).map((id) => `operation ${id} has no translation`),
    ...Object.keys(text.operations)
      .filter((id) => !ids.has(id))
      .map((id) => `translation of ${id}, which is no operation`),
    ...[...tags].filter((tag) => !text.tags[tag]).map((tag) => `tag "${tag}" has no translation`),
    ...[...parameters]
      .filter((english) => !text.parameters[english])
      .map((english) => `parameter description "${english}" has no translation`),
    ...Object.keys(text.parameters)
      .filter((english) => !parameters.has(english))
      .map((english) => `translation of parameter description "${english}", which no parameter has`),
  ];
}

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
    for (const parameter of op.parameters ?? [])
      if (parameter.description)
        parameter.description = text.parameters[parameter.description] ?? parameter.description;
  }
  return copy;
}
