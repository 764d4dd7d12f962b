import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

/**
 * A reader copies the docs' code and runs it, so the code is what the tests run: JavaScript and
 * shell commands are included from portal/examples/, never written inline, and every example
 * there is run by a test (of test/portal/, or test/e2e/ for the tools). A shell block that cannot
 * run in a test (a production release) says so in the page's source, with a reason, right above
 * it: `{/* illustrative: why *\/}`. Both languages include the same examples.
 */
const PORTAL = fileURLToPath(new URL("../../portal/", import.meta.url));
const DOCS = join(PORTAL, "src/content/docs");
const EXAMPLES = join(PORTAL, "examples");
const TESTS = fileURLToPath(new URL("../", import.meta.url));

const filesUnder = (dir: string, suffix: RegExp) =>
  readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((f) => suffix.test(f));
const pages = filesUnder(DOCS, /\.mdx?$/);
const source = (page: string) => readFileSync(join(DOCS, page), "utf8");

const SHELL_FENCE = /^\s*```(sh|bash|shell|console|zsh)\b/;
const ILLUSTRATIVE = /^\{\/\*\s*illustrative:\s*\S.{10,}\*\/\}$/;

/** A page's shell blocks that are neither included examples nor marked illustrative with a reason. */
function unexplainedShellBlocks(page: string): string[] {
  const lines = source(page).split("\n");
  let previous = "";
  let inFence = false;
  const found: string[] = [];
  lines.forEach((line, i) => {
    if (!inFence && SHELL_FENCE.test(line) && !ILLUSTRATIVE.test(previous.trim()))
      found.push(`${page}:${i + 1}`);
    if (/^\s*```/.test(line)) inFence = !inFence;
    if (line.trim() !== "") previous = line;
  });
  return found;
}

/** The example files a page includes, as paths under portal/examples/. */
const examplesIncluded = (page: string) =>
  [...source(page).matchAll(/^import \w+ from "[./]*\/examples\/([^"?]+)\?raw";$/gm)].map((m) => m[1]).sort();

describe("the docs' code", () => {
  it("includes JavaScript only from portal/examples, never inline", () => {
    const inline = pages.flatMap((page) =>
      [...source(page).matchAll(/^\s*```(js|javascript|mjs|ts|typescript)\b/gm)].map(() => page),
    );
    expect(inline).toEqual([]);
  });

  it("includes shell commands only from portal/examples, or marks them illustrative with a reason", () => {
    expect(pages.flatMap(unexplainedShellBlocks)).toEqual([]);
  });

  it("shows in a <Code> block only an example file, never inline text", () => {
    const inline = pages.flatMap((page) => {
      const imported = new Set(
        [...source(page).matchAll(/^import (\w+) from "[^"]*\/examples\/[^"]+\?raw";$/gm)].map((m) => m[1]),
      );
      return [...source(page).matchAll(/<Code\s+code=\{([^}]*)\}/g)]
        .filter((m) => !imported.has(m[1]))
        .map((m) => `${page}: ${m[1]}`);
    });
    expect(inline).toEqual([]);
  });

  it("includes the same examples in a Chinese page and its English twin", () => {
    const chinese = pages.filter((page) => !page.startsWith("en/"));
    const withExamples = chinese.filter((page) => examplesIncluded(page).length > 0);
    expect(withExamples.length).toBeGreaterThan(4);
    for (const page of chinese) expect(examplesIncluded(`en/${page}`), page).toEqual(examplesIncluded(page));
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
