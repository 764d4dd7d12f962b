import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

/**
 * A reader copies the docs' code and runs it, so the code is what the tests run: JavaScript is
 * never written inline in a docs page, only included from portal/examples/, and every example
 * there is run by a test of test/portal/.
 */
const PORTAL = fileURLToPath(new URL("../../portal/", import.meta.url));
const DOCS = join(PORTAL, "src/content/docs");
const EXAMPLES = join(PORTAL, "examples");
const TESTS = fileURLToPath(new URL("./", import.meta.url));

const filesUnder = (dir: string, suffix: RegExp) =>
  readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((f) => suffix.test(f));

describe("the docs' code", () => {
  it("includes JavaScript only from portal/examples, never inline", () => {
    const inline = filesUnder(DOCS, /\.mdx?$/).flatMap((page) =>
      [
        ...readFileSync(join(DOCS, page), "utf8").matchAll(/^\s*```(js|javascript|mjs|ts|typescript)\b/gm),
      ].map(() => page),
    );
    expect(inline).toEqual([]);
  });

  it("has every example of portal/examples run by a test", () => {
    const tests = filesUnder(TESTS, /\.test\.ts$/)
      .map((f) => readFileSync(join(TESTS, f), "utf8"))
      .join("\n");
    const examples = filesUnder(EXAMPLES, /\.(mjs|sh)$/);
    expect(examples.length).toBeGreaterThan(3);
    const unrun = examples.filter((file) => !tests.includes(file.split("/").pop() ?? file));
    expect(unrun).toEqual([]);
  });
});
