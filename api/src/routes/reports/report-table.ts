import type { Context } from "hono";
import type { AppEnv } from "../../http/app-env.ts";
import { CSV_CONTENT_TYPE, csvStream, XLSX_CONTENT_TYPE } from "../../http/csv.ts";
import { type XlsxKind, xlsxStream } from "../../http/xlsx.ts";

export type CsvField = string | number | null;
export type ReportLang = "zh-CN" | "en";

/**
 * One column of a report's file forms. The CSV keeps its stable machine header (`csv`, snake_case,
 * amounts in integer fen, as the spec documents it for programs); the XLSX is for people: a header
 * in Chinese (or English with `lang=en`), amounts in 元, dates as dates. One list, so the two
 * forms never disagree on which columns exist or what a value is.
 */
export interface ReportColumn<T> {
  csv: string;
  zh: string;
  en: string;
  kind: XlsxKind;
  value: (row: T) => CsvField;
  /** Words for a code in the XLSX (a channel's name); the CSV keeps the code. */
  words?: Partial<Record<string, { zh: string; en: string }>>;
}

export interface ReportTable<T> {
  sheet: { zh: string; en: string };
  columns: readonly ReportColumn<T>[];
  rows: readonly T[];
  /** The totals line by CSV column name; its first column reads `total` (XLSX: 合计 / Total). */
  total?: Partial<Record<string, number | null>>;
}

/** The names a report's files get: `日销售_杭州城区营业厅_2026-12-02.xlsx`. */
export interface ReportFile {
  name: { zh: string; en: string };
  unitId: string;
  unitName: string;
  /** The day, `from_to` days, the month or `from_to` months the report covers. */
  period: string;
}

export const csvHeader = (columns: readonly { csv: string }[]) => columns.map((c) => c.csv);

/** `a` or `a_b`: the period part of a file name. */
export const periodOf = (from: string, to: string) => (from === to ? from : `${from}_${to}`);

/** Characters no file system takes in a name, and control characters, become `_`. */
const safeName = (text: string) => text.replace(/[\\/:*?"<>|\p{Cc}]/gu, "_");

/** RFC 5987 ext-value: UTF-8 percent-encoded, and `'()*` too, which encodeURIComponent leaves. */
const rfc5987 = (text: string) =>
  encodeURIComponent(text).replace(/['()*]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`);

/**
 * `Content-Disposition` per RFC 6266: an ASCII `filename` (English report name and the unit's id)
 * for old clients, and `filename*=UTF-8''…` with the Chinese name, which every current browser
 * and Excel prefer.
 */
export function contentDisposition(file: ReportFile, lang: ReportLang, extension: "csv" | "xlsx") {
  const unicode = safeName(
    `${lang === "en" ? file.name.en : file.name.zh}_${file.unitName}_${file.period}.${extension}`,
  );
  const ascii = `${file.name.en}_${file.unitId}_${file.period}.${extension}`.replace(/[^\w.-]/g, "_");
  return `attachment; filename="${ascii}"; filename*=UTF-8''${rfc5987(unicode)}`;
}

/** A report table with its values taken: what the file writers need, whatever the row type was. */
export interface FileTable {
  sheet: { zh: string; en: string };
  columns: readonly Omit<ReportColumn<unknown>, "value">[];
  lines: CsvField[][];
  total?: Partial<Record<string, number | null>>;
}

export function fileTable<T>(table: ReportTable<T>): FileTable {
  return { ...table, lines: table.rows.map((r) => table.columns.map((col) => col.value(r))) };
}

function totalLine(table: FileTable, first: string): CsvField[] | undefined {
  const { total } = table;
  if (!total) return undefined;
  return table.columns.map((c, i) => (i === 0 ? first : (total[c.csv] ?? null)));
}

/**
 * The CSV (the first table; a report of two tables picks one) or the XLSX (every table, a sheet
 * each) of a report, streamed, named by `file`.
 */
export function reportFile(
  c: Context<AppEnv>,
  format: "csv" | "xlsx",
  file: ReportFile,
  lang: ReportLang,
  tables: readonly FileTable[],
) {
  const [first] = tables;
  if (!first) throw new Error("a report file needs a table");
  if (format === "csv") {
    const total = totalLine(first, "total");
    const lines = total ? [...first.lines, total] : first.lines;
    return c.body(
      csvStream(csvHeader(first.columns), lines, (l) => l),
      200,
      { "Content-Type": CSV_CONTENT_TYPE, "Content-Disposition": contentDisposition(file, lang, "csv") },
    ) as never;
  }
  const key = lang === "en" ? "en" : "zh";
  const sheets = tables.map((table) => ({
    name: table.sheet[key],
    columns: table.columns.map((col) => ({ header: col[key], kind: col.kind })),
    rows: table.lines.map((line) =>
      line.map((v, i) => (typeof v === "string" && table.columns[i]?.words?.[v]?.[key]) || v),
    ),
    total: totalLine(table, lang === "en" ? "Total" : "合计"),
  }));
  return c.body(xlsxStream(sheets), 200, {
    "Content-Type": XLSX_CONTENT_TYPE,
    "Content-Disposition": contentDisposition(file, lang, "xlsx"),
  }) as never;
}
