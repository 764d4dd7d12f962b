import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { LEDGER_ACCOUNTS } from "@powercard/db";
import { describe, expect, it } from "vitest";

/**
 * The chart of accounts has one source, `db/src/ledger-accounts.ts`: the codes are LEDGER_ACCOUNTS,
 * and each code's kind (asset, liability, revenue) and whether it is system-wide are the first
 * words of its doc comment there. The tables that repeat it for readers — ARCHITECTURE.md and the
 * portal's books pages in both languages — are compared with it here, so a renamed, added or
 * re-kinded account fails this test until every copy says the same. The files the documents name
 * must exist, so a moved file cannot leave a stale path behind.
 */
const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const read = (path: string) => readFileSync(join(ROOT, path), "utf8");

type Kind = "asset" | "liability" | "revenue";
interface ChartRow {
  code: string;
  kind: Kind;
  system: boolean;
}

/** The chart as the code states it. */
function sourceChart(): ChartRow[] {
  const source = read("db/src/ledger-accounts.ts");
  return Object.entries(LEDGER_ACCOUNTS).map(([key, code]) => {
    // The doc comment right before `key: "code"`.
    const doc = new RegExp(`/\\*\\*((?:(?!\\*/)[\\s\\S])*)\\*/\\s*${key}:`).exec(source)?.[1] ?? "";
    const words = doc.replace(/[\s*]+/g, " ").trim();
    const kind = /^(Asset|Liability|Revenue),/.exec(words)?.[1]?.toLowerCase() as Kind | undefined;
    if (!kind) throw new Error(`ledger-accounts.ts: the comment of ${key} does not start with its kind`);
    return { code, kind, system: /system-wide/.test(words) };
  });
}

/** The Markdown table whose header starts with `firstHeader`: its header cells and its rows. */
function table(markdown: string, firstHeader: string): { header: string[]; rows: string[][] } {
  const lines = markdown.split("\n");
  const cells = (line: string) =>
    line
      .trim()
      .replace(/^\||\|$/g, "")
      .split("|")
      .map((c) => c.trim());
  const start = lines.findIndex((l) => l.trim().startsWith("|") && cells(l)[0] === firstHeader);
  if (start < 0) throw new Error(`no table headed "${firstHeader}"`);
  const rows: string[][] = [];
  for (const line of lines.slice(start + 2)) {
    if (!line.trim().startsWith("|")) break;
    rows.push(cells(line));
  }
  return { header: cells(lines[start] ?? ""), rows };
}

const KIND_WORDS: Record<string, Kind> = {
  asset: "asset",
  liability: "liability",
  revenue: "revenue",
  资产: "asset",
  负债: "liability",
  收入: "revenue",
};

/**
 * A document's chart table in the same shape as the source's: the code from the first column,
 * the kind and the owner from the columns headed so (in English or Chinese).
 */
function documentChart(path: string, firstHeader: string): ChartRow[] {
  const { header, rows } = table(read(path), firstHeader);
  const column = (...names: string[]) => {
    const i = header.findIndex((h) => names.includes(h));
    if (i < 0) throw new Error(`${path}: the chart has no column ${names.join(" / ")}`);
    return i;
  };
  const kindAt = column("kind", "类别");
  const ownerAt = column("owner", "所有者");
  return rows.map((row) => ({
    code: /`([a-z_]+)`/.exec(row[0] ?? "")?.[1] ?? row[0] ?? "",
    kind: KIND_WORDS[row[kindAt] ?? ""] ?? (row[kindAt] as Kind),
    system: (row[ownerAt] ?? "").includes("`''`"),
  }));
}

const byCode = (rows: ChartRow[]) => [...rows].sort((a, b) => a.code.localeCompare(b.code));

const CHART_COPIES = [
  { path: "ARCHITECTURE.md", header: "account" },
  { path: "portal/src/content/docs/operations/funds.mdx", header: "账户" },
  { path: "portal/src/content/docs/en/operations/funds.mdx", header: "account" },
];

describe("the chart of accounts in the documents", () => {
  it("reads the source's chart (every account has a kind)", () => {
    const chart = sourceChart();
    expect(chart.length).toBe(Object.keys(LEDGER_ACCOUNTS).length);
    expect(chart.filter((a) => a.system).map((a) => a.code)).toEqual(
      expect.arrayContaining([LEDGER_ACCOUNTS.cardFloat, LEDGER_ACCOUNTS.settlementUnified]),
    );
  });

  for (const { path, header } of CHART_COPIES) {
    it(`${path} lists every account of LEDGER_ACCOUNTS, no other, each with its kind and owner`, () => {
      expect(byCode(documentChart(path, header))).toEqual(byCode(sourceChart()));
    });
  }

  it("ARCHITECTURE.md's movements post only to accounts of the chart, and every account moves", () => {
    const { rows } = table(read("ARCHITECTURE.md"), "movement");
    expect(rows.length).toBeGreaterThanOrEqual(7);
    const legs = rows.flatMap(([, , , debit = "", credit = ""]) =>
      [debit, credit].map((cell) => /`([a-z_]+)`/.exec(cell)?.[1]),
    );
    const codes: string[] = Object.values(LEDGER_ACCOUNTS);
    expect(legs.filter((code) => !code || !codes.includes(code))).toEqual([]);
    expect(codes.filter((code) => !legs.includes(code))).toEqual([]);
  });
});

describe("the files the documents name", () => {
  // A path in backticks with a directory part: `api/src/http/define-route.ts`, `services/figures`.
  // Short forms are read from the folders the documents abbreviate (api/src, its services, db).
  const BASES = ["", "api/src/", "api/src/services/", "db/", "db/migrations/", "test/", "portal/"];
  // Build outputs, a data folder named by its variable (DATA_DIR/secrets), media types.
  const NOT_FILES =
    /^(api\/dist|portal\/dist|dist\/|test\/artifacts|(\.\/)?\.data|[A-Z_]+\/|text\/|application\/)/;

  const namedPaths = (path: string) =>
    [...read(path).matchAll(/`((?:\.?[\w.-]+\/)+[\w.-]*)`/g)].map(([, p = ""]) => p);

  it("finds the paths ARCHITECTURE.md names (the pattern below works)", () => {
    expect(namedPaths("ARCHITECTURE.md")).toEqual(
      expect.arrayContaining([
        "db/src/ledger-accounts.ts",
        "api/src/http/define-route.ts",
        "http/database-watch.ts",
      ]),
    );
  });

  const OPERATIONS = "portal/src/content/docs/operations";
  const operatorPages = readdirSync(join(ROOT, OPERATIONS)).flatMap((page) => [
    `${OPERATIONS}/${page}`,
    `portal/src/content/docs/en/operations/${page}`,
  ]);
  for (const path of ["README.md", "ARCHITECTURE.md", "portal/README.md", ...operatorPages]) {
    it(`${path} names only files and folders that exist`, () => {
      const named = namedPaths(path);
      const missing = named.filter(
        (p) =>
          !NOT_FILES.test(p) && !p.includes("…") && !BASES.some((base) => existsSync(join(ROOT, base, p))),
      );
      expect(missing).toEqual([]);
    });
  }
});
