import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { ERROR_CATALOG, PORTAL_DIST } from "@powercard/api";
import { describe, expect, it } from "vitest";
import spec from "../../api/openapi.json" with { type: "json" };
import zhSpec from "../../api/openapi.zh.json" with { type: "json" };

/**
 * The built portal (turbo builds it before the tests; the build itself fails on a broken link
 * between docs pages): every operation of the committed spec has its reference page, the error
 * table lists every code the API has, both languages have every page, and every internal link
 * in every page — API reference and recharge page included — leads to a file that exists.
 */
const html = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".html"))
    .map((f) => join(dir, f));

/** Whether a site path is served from a file of dist/ (as serveStatic resolves it). */
function exists(path: string): boolean {
  const file = join(PORTAL_DIST, decodeURI(path.split(/[?#]/)[0] ?? ""));
  return (existsSync(file) && statSync(file).isFile()) || existsSync(join(file, "index.html"));
}

/** Tags that make the browser load something (as opposed to links a reader may follow). */
const LOADS =
  /<(?:script|img|iframe|source|audio|video)\b[^>]*\ssrc="([^"]+)"|<link\b[^>]*\srel="(?:stylesheet|preload|modulepreload|icon|manifest)"[^>]*\shref="([^"]+)"/g;

interface SpecOperation {
  operationId: string;
  summary: string;
}
const operationsOf = (doc: { paths: object }): SpecOperation[] =>
  Object.values(doc.paths).flatMap((ops) => Object.values(ops as Record<string, SpecOperation>));

const escapeHtml = (text: string) =>
  text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;");

/** The internal links of a page's sidebar (Starlight's #starlight__sidebar pane). */
function sidebarLinks(page: string): string[] {
  const start = page.indexOf('id="starlight__sidebar"');
  const end = page.indexOf("</nav>", start);
  expect(start, "the page has a sidebar").toBeGreaterThan(0);
  return [...page.slice(start, end).matchAll(/\shref="(\/[^"]*)"/g)].map(([, href]) => href ?? "");
}

describe("the built portal", () => {
  it("exists (run `npm run build:portal` if not)", () => {
    expect(existsSync(join(PORTAL_DIST, "index.html"))).toBe(true);
    expect(existsSync(join(PORTAL_DIST, "csp.json"))).toBe(true);
  });

  it("has a reference page for every operation in api/openapi.json, in Chinese and in English", () => {
    const operationIds = operationsOf(spec).map((op) => op.operationId);
    expect(operationIds.length).toBeGreaterThan(20);
    for (const base of ["api", "en/api"]) {
      const missing = operationIds.filter(
        (id) => !id || !existsSync(join(PORTAL_DIST, base, "operations", id.toLowerCase(), "index.html")),
      );
      expect(missing, base).toEqual([]);
    }
  });

  it("gives each operation's page its summary in the page's language", () => {
    const zhSummaries = new Map(operationsOf(zhSpec).map((op) => [op.operationId, op.summary]));
    for (const op of operationsOf(spec).slice(0, 12)) {
      const page = (base: string) =>
        readFileSync(
          join(PORTAL_DIST, base, "operations", op.operationId.toLowerCase(), "index.html"),
          "utf8",
        );
      const zh = zhSummaries.get(op.operationId) ?? "";
      expect(zh, op.operationId).toMatch(/\p{Script=Han}/u);
      expect(page("api"), op.operationId).toContain(escapeHtml(zh));
      expect(page("en/api"), op.operationId).toContain(escapeHtml(op.summary));
    }
  });

  it("describes each field of an operation's request and response in the page's language", () => {
    type Schemas = Record<string, { properties?: Record<string, { description?: string }> }>;
    const schemas = (doc: unknown) => (doc as { components: { schemas: Schemas } }).components.schemas;
    const page = (base: string) =>
      readFileSync(join(PORTAL_DIST, base, "operations", "createrecharge", "index.html"), "utf8");
    // Markdown renders an apostrophe as a typographic one.
    const rendered = (text: string) => escapeHtml(text).replaceAll("'", "’");
    let fields = 0;
    for (const name of ["CreateRecharge", "Recharge"]) {
      const zhFields = schemas(zhSpec)[name]?.properties ?? {};
      for (const [field, { description }] of Object.entries(schemas(spec)[name]?.properties ?? {})) {
        if (!description) continue;
        const zh = zhFields[field]?.description ?? "";
        expect(zh, field).toMatch(/\p{Script=Han}/u);
        expect(page("api"), field).toContain(rendered(zh));
        expect(page("api"), field).not.toContain(rendered(description));
        expect(page("en/api"), field).toContain(rendered(description));
        fields++;
      }
    }
    expect(fields).toBeGreaterThan(5);
  });

  it("gives the reference's own headings in the page's language (Request Body, Responses …)", () => {
    const headings = (path: string) =>
      [...readFileSync(join(PORTAL_DIST, path), "utf8").matchAll(/<h([1-6])\b[^>]*>([\s\S]*?)<\/h\1>/g)].map(
        // The heading's own text: its first line (a tag such as "required" may follow).
        ([, , inner]) =>
          (inner ?? "")
            .replace(/<[^>]+>/g, "")
            .trim()
            .split("\n")[0]
            ?.trim() ?? "",
      );
    const operation = "operations/createrecharge/index.html";
    const english = [
      "Authorizations",
      "Parameters",
      "Header Parameters",
      "Request Body",
      "Responses",
      "Example",
    ];
    const chinese = ["授权", "参数", "请求头参数", "请求体", "响应", "示例"];
    expect(headings(`en/api/${operation}`)).toEqual(expect.arrayContaining(english));
    expect(headings(`api/${operation}`)).toEqual(expect.arrayContaining(chinese));
    expect(headings(`api/${operation}`).filter((h) => english.includes(h))).toEqual([]);
    // The reference's overview page is titled in each language too.
    expect(headings("api/index.html")).toContain("概览");
    expect(headings("en/api/index.html")).toContain("Overview");
    const zhPage = readFileSync(join(PORTAL_DIST, "api", operation), "utf8");
    // Nor in the sidebar's and the table of contents' links the plugin makes ("Overview" …).
    for (const label of [">required<", ">Allowed values:<", ">Overview<", ">Request Body<", ">Responses<"])
      expect(zhPage, label).not.toContain(label);
    expect(zhPage).toContain(">必填<");
  });

  it("shows each language's sidebar in that language, every link of it leading to a page", () => {
    for (const [page, lang] of [
      ["index.html", "zh"],
      ["api/index.html", "zh"],
      ["en/index.html", "en"],
      ["en/api/index.html", "en"],
      ["en/concepts/errors/index.html", "en"],
    ] as const) {
      const links = sidebarLinks(readFileSync(join(PORTAL_DIST, page), "utf8"));
      expect(links.length, page).toBeGreaterThan(100);
      expect(
        links.filter((href) => !exists(href)),
        `${page}: sidebar links to nothing`,
      ).toEqual([]);
      const otherLanguage = links.filter((href) => href.startsWith("/en/") !== (lang === "en"));
      expect(otherLanguage, `${page}: sidebar links into the other language`).toEqual([]);
    }
  });

  it("lists every error code of ERROR_CATALOG, in both languages", () => {
    for (const page of ["concepts/errors/index.html", "en/concepts/errors/index.html"]) {
      const text = readFileSync(join(PORTAL_DIST, page), "utf8");
      const missing = Object.keys(ERROR_CATALOG).filter((code) => !text.includes(`id="error-${code}"`));
      expect(missing, page).toEqual([]);
    }
  });

  it("has every docs page in Chinese and in English, and the recharge page in both", () => {
    const zh = html(PORTAL_DIST)
      .map((f) => relative(PORTAL_DIST, f))
      .filter((f) => !f.startsWith("en/") && !f.startsWith("api/") && f !== "404.html");
    expect(zh).toContain("recharge/index.html");
    expect(zh).toContain("quickstart/index.html");
    const missing = zh.filter((f) => !existsSync(join(PORTAL_DIST, "en", f)));
    expect(missing).toEqual([]);
  });

  it("links only to pages and files that exist, and loads nothing from another site", () => {
    const broken = new Set<string>();
    const foreign = new Set<string>();
    for (const file of html(PORTAL_DIST)) {
      const text = readFileSync(file, "utf8");
      const page = relative(PORTAL_DIST, file);
      for (const [, url] of text.matchAll(/\s(?:href|src)="(\/[^"/][^"]*|\/)"/g)) {
        if (url && !exists(url)) broken.add(`${page} → ${url}`);
      }
      for (const [, src, href] of text.matchAll(LOADS)) {
        const url = src ?? href ?? "";
        if (/^(https?:)?\/\//.test(url)) foreign.add(`${page}: ${url}`);
      }
    }
    expect([...broken]).toEqual([]);
    expect([...foreign]).toEqual([]);
  });
});
