// Writes api/openapi.json, the spec partners and the portal build from, and api/openapi-types.ts,
// the types of the typed clients. A test fails when either is stale.
import { writeFileSync } from "node:fs";
import { buildOpenApiDocument, serializeOpenApi } from "../src/openapi-document.ts";
import { renderOpenApiTypes } from "./openapi-types.ts";

const doc = buildOpenApiDocument();
for (const [file, text] of [
  ["../openapi.json", serializeOpenApi(doc)],
  ["../openapi-types.ts", await renderOpenApiTypes(doc)],
] as const) {
  const target = new URL(file, import.meta.url);
  writeFileSync(target, text);
  console.log(`wrote ${target.pathname}`);
}
