// Writes api/openapi.json, the spec partners and the portal build from, api/openapi.zh.json, the
// same with Chinese summaries and descriptions for the Chinese API reference (src/openapi-zh.ts),
// and api/openapi-types.ts, the types of the typed clients. A test fails when any is stale.
import { writeFileSync } from "node:fs";
import { buildOpenApiDocument, serializeOpenApi } from "../src/openapi-document.ts";
import { localizeOpenApi } from "../src/openapi-localize.ts";
import { OPENAPI_ZH } from "../src/openapi-zh.ts";
import { renderOpenApiTypes } from "./openapi-types.ts";

const doc = buildOpenApiDocument();
const write = (file: string, text: string) => {
  const target = new URL(file, import.meta.url);
  writeFileSync(target, text);
  console.log(`wrote ${target.pathname}`);
};
write("../openapi.json", serializeOpenApi(doc));
write("../openapi-types.ts", await renderOpenApiTypes(doc));
// Last: a route without its Chinese text stops here, naming what src/openapi-zh.ts lacks.
write("../openapi.zh.json", serializeOpenApi(localizeOpenApi(doc, OPENAPI_ZH)));
