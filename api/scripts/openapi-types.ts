// The TypeScript types of the API (openapi-typescript), generated from the same document as
// api/openapi.json, so the tests' client and the console's are typed by the spec partners read.
import openapiTS, { astToString } from "openapi-typescript";

const HEADER = "// Generated from the OpenAPI document by `npm run openapi:write`: do not edit.\n";

export async function renderOpenApiTypes(doc: unknown): Promise<string> {
  const ast = await openapiTS(doc as Parameters<typeof openapiTS>[0]);
  return HEADER + astToString(ast);
}
