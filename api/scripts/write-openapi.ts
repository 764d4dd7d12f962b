// Writes api/openapi.json, the spec partners and the portal build from. A test fails when it is stale.
import { writeFileSync } from "node:fs";
import { buildOpenApiDocument, serializeOpenApi } from "../src/openapi-document.ts";

const target = new URL("../openapi.json", import.meta.url);
writeFileSync(target, serializeOpenApi(buildOpenApiDocument()));
console.log(`wrote ${target.pathname}`);
