import pino from "pino";
import { createApp, OPENAPI_CONFIG } from "./app.ts";
import type { AppDeps } from "./http/app-env.ts";

/** The OpenAPI document as the running API serves it, built without a database. */
export function buildOpenApiDocument() {
  const unused = new Proxy(
    {},
    {
      get: () => {
        throw new Error("the OpenAPI document needs no dependencies");
      },
    },
  );
  const app = createApp({
    db: unused,
    pinKeys: unused,
    logger: pino({ level: "silent" }),
    publicBaseUrl: "https://api.example.cn",
  } as unknown as AppDeps);
  return app.getOpenAPI31Document(OPENAPI_CONFIG);
}

export const serializeOpenApi = (doc: unknown) => `${JSON.stringify(doc, null, 2)}\n`;
