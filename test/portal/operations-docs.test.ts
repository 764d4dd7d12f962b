import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { backgroundJobs } from "@powercard/api";
import { describe, expect, it } from "vitest";

/**
 * The operator pages say what the code does: the background-jobs page lists every job of the one
 * list (api/src/jobs/background-jobs.ts) with its interval, in both languages, and every metric
 * the API exports is explained on an operator page.
 */
const DOCS = fileURLToPath(new URL("../../portal/src/content/docs/", import.meta.url));
const page = (path: string) => readFileSync(`${DOCS}${path}`, "utf8");
const JOBS = backgroundJobs({ db: {}, signingKeys: {}, webhookPolicy: {} } as never);

/** The interval as the English page writes it ("2 s", "15 min"). */
const interval = (ms: number) => (ms < 60_000 ? `${ms / 1000} s` : `${ms / 60_000} min`);
const chineseInterval = (ms: number) => (ms < 60_000 ? `${ms / 1000} 秒` : `${ms / 60_000} 分钟`);

/** The rows of the page's first table: job name → its second cell. */
function jobRows(markdown: string): Map<string, string> {
  const rows = markdown
    .split("\n")
    .filter((line) => line.startsWith("| `"))
    .map((line) => line.split("|").map((cell) => cell.trim()));
  return new Map(rows.map((cells) => [(cells[1] ?? "").replaceAll("`", ""), cells[2] ?? ""]));
}

describe("the operator pages", () => {
  it("list every background job with its interval, in both languages", () => {
    expect(JOBS.length).toBeGreaterThan(3);
    for (const [path, every] of [
      ["en/operations/background-jobs.mdx", interval],
      ["operations/background-jobs.mdx", chineseInterval],
    ] as const) {
      const rows = jobRows(page(path));
      expect([...rows.keys()].sort(), path).toEqual(JOBS.map((job) => job.name).sort());
      for (const job of JOBS)
        expect(rows.get(job.name), `${path}: ${job.name}`).toContain(every(job.intervalMs));
    }
  });

  it("explain every metric the API exports", () => {
    const source = readFileSync(new URL("../../api/src/shared/metrics.ts", import.meta.url), "utf8");
    const names = [...new Set(source.match(/powercard_[a-z_]+/g))];
    expect(names.length).toBeGreaterThan(8);
    for (const lang of ["", "en/"]) {
      const text =
        page(`${lang}operations/background-jobs.mdx`) + page(`${lang}operations/public-page-and-limits.mdx`);
      expect(
        names.filter((name) => !text.includes(name)),
        `${lang || "zh/"}operations`,
      ).toEqual([]);
    }
  });
});
