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

  it("has Chinese text for every operation and tag, and no text for an operation that is gone", () => {
    expect(translationGaps(doc, OPENAPI_ZH)).toEqual([]);
  });

  it("matches the committed api/openapi.zh.json, the Chinese reference (`npm run openapi:write`)", () => {
    const committed = readFileSync(new URL("../../api/openapi.zh.json", import.meta.url), "utf8");
    expect(committed).toBe(serializeOpenApi(localizeOpenApi(doc, OPENAPI_ZH)));
  });

  it("keeps in each Chinese description every `code` of the English one (a changed rule is translated again)", () => {
    const spans = (text = "") => new Set([...text.matchAll(/`([^`]+)`/g)].map(([, span]) => span));
    const stale = operations.flatMap(({ op }) => {
      const zh = OPENAPI_ZH.operations[op.operationId ?? ""];
      const zhSpans = spans(zh?.description);
      const missing = [...spans((op as { description?: string }).description)].filter((s) => !zhSpans.has(s));
      return missing.length ? [`${op.operationId}: ${missing.join(", ")}`] : [];
    });
    expect(stale).toEqual([]);
    for (const [id, zh] of Object.entries(OPENAPI_ZH.operations))
      expect(zh.summary, id).toMatch(/\p{Script=Han}/u);
  });

  it("gives every parameter's description in Chinese, keeping its `code` spans", () => {
    const spans = (text: string) => [...text.matchAll(/`([^`]+)`/g)].map(([, span]) => span);
    for (const [english, zh] of Object.entries(OPENAPI_ZH.parameters)) {
      expect(zh, english).toMatch(/\p{Script=Han}/u);
      expect(spans(zh), english).toEqual(spans(english));
    }
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
