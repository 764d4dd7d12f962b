import { readFileSync } from "node:fs";
import { ACCESS_RULES, buildOpenApiDocument, ERROR_CATALOG, serializeOpenApi } from "@powercard/api";
import { describe, expect, it } from "vitest";
import { renderOpenApiTypes } from "../../api/scripts/openapi-types.ts";
import { localizeOpenApi, translationGaps } from "../../api/src/openapi-localize.ts";
import { OPENAPI_ZH } from "../../api/src/openapi-zh.ts";

type Operation = {
  operationId?: string;
  security?: unknown[];
  responses: Record<string, unknown>;
  tags?: string[];
};
const doc = buildOpenApiDocument() as unknown as {
  openapi: string;
  info: { title: string; description?: string };
  paths: Record<string, Record<string, Operation>>;
};
const operations = Object.entries(doc.paths).flatMap(([path, methods]) =>
  Object.entries(methods).map(([method, op]) => ({ path, method, op })),
);

describe("the OpenAPI document", () => {
  it("is OpenAPI 3.1", () => {
    expect(doc.openapi).toBe("3.1.0");
  });

  it("matches the committed api/openapi.json (run `npm run openapi:write` after changing a route)", () => {
    const committed = readFileSync(new URL("../../api/openapi.json", import.meta.url), "utf8");
    expect(committed).toBe(serializeOpenApi(doc));
  });

  it("has Chinese text for every operation, tag, parameter and schema description, and none for what is gone", () => {
    expect(translationGaps(doc, OPENAPI_ZH)).toEqual([]);
  });

  it("finds the schema descriptions everywhere a schema can be, and names the ones without Chinese", () => {
    const body = (description: string) => ({ content: { "application/json": { schema: { description } } } });
    const tiny = {
      info: { title: "t" },
      components: {
        schemas: {
          A: {
            description: "object",
            properties: { list: { description: "array", items: { description: "item" } } },
            additionalProperties: { description: "extra" },
          },
          B: {
            allOf: [{ description: "all" }],
            oneOf: [{ description: "one" }],
            anyOf: [{ description: "any" }],
          },
        },
      },
      paths: {
        "/x": {
          post: {
            operationId: "x",
            parameters: [{ description: "param", schema: { description: "param" } }],
            requestBody: body("request"),
            responses: {
              200: {
                ...body("response"),
                headers: { H: { description: "header", schema: { description: "header" } } },
              },
            },
          },
        },
      },
    };
    const english = [
      "object",
      "array",
      "item",
      "extra",
      "all",
      "one",
      "any",
      "request",
      "response",
      "header",
    ];
    const text = (schemas: Record<string, string>) => ({
      info: { title: "中文", description: "中文" },
      tags: {},
      operations: { x: { summary: "中文", description: "中文" } },
      parameters: { param: "参数" },
      schemas,
    });
    const inChinese = (texts: string[]) => Object.fromEntries(texts.map((e) => [e, `中文 ${e}`]));
    expect(translationGaps(tiny, text(inChinese([...english.slice(1), "gone"])))).toEqual([
      'schema description "object" has no translation',
      'translation of schema description "gone", which no schema has',
    ]);
    const zh = JSON.stringify(localizeOpenApi(tiny, text(inChinese(english))));
    const descriptions = [...zh.matchAll(/"description":"([^"]*)"/g)].map(([, d]) => d ?? "");
    expect(descriptions).toEqual(expect.arrayContaining(english.map((e) => `中文 ${e}`)));
    expect(
      descriptions.filter((d) => !/\p{Script=Han}/u.test(d)),
      "left in English",
    ).toEqual([]);
  });

  it("gives every schema's description in Chinese, keeping its `code` spans and its numbers", () => {
    const spans = (text: string) => [...text.matchAll(/`([^`]+)`/g)].map(([, span]) => span);
    const numbers = (text: string) => (text.match(/\d+/g) ?? []).sort();
    for (const [english, zh] of Object.entries(OPENAPI_ZH.schemas)) {
      expect(zh, english).toMatch(/\p{Script=Han}/u);
      expect(spans(zh), english).toEqual(spans(english));
      expect(numbers(zh), english).toEqual(numbers(english));
    }
  });

  it("leaves no schema or response header of the Chinese reference described in English only", () => {
    // Walked here without the localizer's own walker: every `description` below a `schema`,
    // `schemas` or `headers` key of the whole document.
    const english: string[] = [];
    const walk = (node: unknown, path: string, inSchema: boolean) => {
      if (typeof node !== "object" || node === null) return;
      for (const [key, value] of Object.entries(node)) {
        if (inSchema && key === "description" && typeof value === "string" && !/\p{Script=Han}/u.test(value))
          english.push(`${path}: ${value}`);
        walk(value, `${path}/${key}`, inSchema || ["schema", "schemas", "headers"].includes(key));
      }
    };
    walk(localizeOpenApi(doc, OPENAPI_ZH), "", false);
    expect(english).toEqual([]);
  });

  it("matches the committed api/openapi-types.ts, the typed clients' types (`npm run openapi:write`)", async () => {
    const committed = readFileSync(new URL("../../api/openapi-types.ts", import.meta.url), "utf8");
    expect(committed).toBe(await renderOpenApiTypes(doc));
  });

  it("gives every operation a unique operationId, a tag and error responses", () => {
    const ids = operations.map((o) => o.op.operationId);
    expect(ids.every(Boolean)).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    for (const { op } of operations) expect(op.tags?.length).toBeGreaterThan(0);
    for (const { path, op } of operations.filter((o) => o.path.startsWith("/v1/"))) {
      expect(Object.keys(op.responses), path).toContain("401");
      expect(Object.keys(op.responses), path).toContain("500");
    }
  });

  it("declares on every operation the credentials its access rule accepts", () => {
    for (const { path, method, op } of operations) {
      const rule = ACCESS_RULES.get(`${method.toUpperCase()} ${path}`);
      expect(rule, `${method} ${path} has no access rule`).toBeDefined();
      const expected = [
        ...(rule?.clients ? [{ ChannelApiKey: [] }] : []),
        ...(rule?.roles?.length ? [{ StaffToken: [] }] : []),
      ];
      expect(op.security ?? [], `${method} ${path}`).toEqual(expected);
      if (path.startsWith("/v1/") && !rule?.public) expect(expected.length, path).toBeGreaterThan(0);
    }
  });

  it("documents the Idempotency-Key header on every money-moving POST", () => {
    const recharge = doc.paths["/v1/recharges"]?.post as unknown as {
      parameters: { name: string; in: string; required: boolean }[];
    };
    expect(recharge.parameters).toContainEqual(
      expect.objectContaining({ name: "Idempotency-Key", in: "header", required: true }),
    );
  });

  it("lists every error code of the catalog in the Problem schema", () => {
    const text = JSON.stringify(doc);
    for (const code of Object.keys(ERROR_CATALOG)) expect(text).toContain(`"${code}"`);
  });
});
