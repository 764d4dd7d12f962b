import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

/**
 * The CONVENTIONS' scale-out rules that statements can break (Citus: cards distributed by card
 * number; accounts, ledger books and the customer's records co-located by customer number), read
 * from the sources: every statement that changes one card or one customer's rows names its
 * distribution key in WHERE (else Citus sends it to every shard), no subquery in RETURNING, and
 * no id or time made by the database inside a statement. The sources are read as text: these are
 * patterns (drizzle's `.update(table)…where(…)` and the SQL written in templates), not a parser,
 * so a rule written in another shape is not seen — it is a tripwire for the usual shapes.
 */
const root = new URL("../../", import.meta.url).pathname;

function sourceFiles(dir: string, ending: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path, ending);
    return entry.name.endsWith(ending) && !entry.name.includes(".test.") ? [path] : [];
  });
}
const sources = ["api/src", "db/src"]
  .flatMap((dir) => sourceFiles(join(root, dir), ".ts"))
  .map((path) => ({ file: relative(root, path), text: readFileSync(path, "utf8") }));

/** Tables changed one card or one customer at a time, with their distribution column. */
const DISTRIBUTION_KEYS: Record<string, { orm: string; column: string }> = {
  cards: { orm: "cards", column: "card_no" },
  accounts: { orm: "accounts", column: "customer_no" },
  customers: { orm: "customers", column: "customer_no" },
  customer_unit_history: { orm: "customerUnitHistory", column: "customer_no" },
  bills: { orm: "bills", column: "customer_no" },
  bill_payments: { orm: "billPayments", column: "customer_no" },
  recharges: { orm: "recharges", column: "customer_no" },
  topups: { orm: "topups", column: "customer_no" },
  refund_cases: { orm: "refundCases", column: "customer_no" },
  ledger_transactions: { orm: "ledgerTransactions", column: "book_key" },
  ledger_entries: { orm: "ledgerEntries", column: "book_key" },
};
const camel = (column: string) => column.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

/** The text of the parenthesised group that opens at `open` (the index of "("). */
function group(text: string, open: number): string {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === "(") depth++;
    else if (text[i] === ")" && --depth === 0) return text.slice(open + 1, i);
  }
  return text.slice(open + 1);
}

/** The rest of one SQL statement from `from`: up to the ")" closing its CTE, a ";" or the template's end. */
function statementFrom(text: string, from: number): string {
  let depth = 0;
  for (let i = from; i < text.length; i++) {
    const ch = text[i];
    if (ch === "(") depth++;
    else if (ch === ")" && --depth < 0) return text.slice(from, i);
    else if ((ch === ";" || ch === "`") && depth === 0) return text.slice(from, i);
  }
  return text.slice(from);
}

const lineOf = (text: string, index: number) => text.slice(0, index).split("\n").length;

describe("scale-out rules of the statements", () => {
  it("a drizzle update or delete of a card's or a customer's rows has its distribution key in WHERE", () => {
    const offending: string[] = [];
    for (const { file, text } of sources) {
      for (const [table, key] of Object.entries(DISTRIBUTION_KEYS)) {
        const call = new RegExp(`\\.(update|delete)\\(${key.orm}\\)`, "g");
        for (const match of text.matchAll(call)) {
          const rest = text.slice(match.index);
          const where = rest.search(/\.where\(/);
          // The statement ends at the first ";" of the chain: a WHERE after it is another one's.
          const end = rest.indexOf(";");
          const condition =
            where >= 0 && (end < 0 || where < end) ? group(rest, where + ".where".length) : "";
          if (!condition.includes(`${key.orm}.${camel(key.column)}`))
            offending.push(`${file}:${lineOf(text, match.index)} ${match[1]} ${table}`);
        }
      }
    }
    expect(offending).toEqual([]);
  });

  it("an UPDATE or DELETE written in SQL on those tables names the distribution key after WHERE", () => {
    const offending: string[] = [];
    for (const { file, text } of sources) {
      for (const [table, key] of Object.entries(DISTRIBUTION_KEYS)) {
        const statement = new RegExp(`\\b(UPDATE|DELETE FROM)\\s+${table}\\b`, "g");
        for (const match of text.matchAll(statement)) {
          const body = statementFrom(text, match.index);
          const where = body.search(/\bWHERE\b/);
          const returning = body.search(/\bRETURNING\b/);
          const condition = where < 0 ? "" : body.slice(where, returning > where ? returning : undefined);
          if (!condition.includes(key.column))
            offending.push(`${file}:${lineOf(text, match.index)} ${match[1]} ${table}`);
        }
      }
    }
    expect(offending).toEqual([]);
  });

  it("no subquery in RETURNING (Citus cannot push it to the shard)", () => {
    const offending: string[] = [];
    for (const { file, text } of sources) {
      for (const match of text.matchAll(/\bRETURNING\b/g)) {
        if (/\bSELECT\b/i.test(statementFrom(text, match.index)))
          offending.push(`${file}:${lineOf(text, match.index)}`);
      }
    }
    expect(offending).toEqual([]);
  });

  it("no id or time made by the database inside a statement (gen_random_uuid, clock_timestamp)", () => {
    const migrations = sourceFiles(join(root, "db/migrations"), ".sql").map((path) => ({
      file: relative(root, path),
      text: readFileSync(path, "utf8"),
    }));
    const offending = [...sources, ...migrations]
      .filter(({ text }) => /\b(gen_random_uuid|uuid_generate_v4|clock_timestamp)\s*\(/i.test(text))
      .map(({ file }) => file);
    expect(offending).toEqual([]);
  });
});
