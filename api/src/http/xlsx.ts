import { PassThrough, Readable } from "node:stream";
import ExcelJS from "exceljs";

/**
 * How a column's values are typed in the workbook, so Excel sums, sorts and filters them:
 * `fen` is an integer amount in fen, written as a number in 元 formatted `0.00`; `date` a
 * YYYY-MM-DD business day and `datetime` an RFC 3339 instant, both written as Excel dates
 * (an instant as its Asia/Shanghai wall-clock time: Excel dates carry no zone).
 */
export type XlsxKind = "text" | "count" | "fen" | "date" | "datetime";
export type XlsxInput = string | number | null;

export interface XlsxColumn {
  header: string;
  kind: XlsxKind;
}

export interface XlsxSheet {
  name: string;
  columns: readonly XlsxColumn[];
  rows: Iterable<readonly XlsxInput[]>;
  /** A last line in bold (the report's totals). */
  total?: readonly XlsxInput[];
}

const NUMBER_FORMAT: Record<XlsxKind, string | undefined> = {
  text: "@",
  count: "0",
  fen: "0.00",
  date: "yyyy-mm-dd",
  datetime: "yyyy-mm-dd hh:mm:ss",
};
const WIDTH: Record<XlsxKind, number> = { text: 20, count: 10, fen: 14, date: 12, datetime: 20 };
const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000;

/** One cell's value as the workbook holds it. Fen become 元 here and nowhere else. */
export function xlsxValue(kind: XlsxKind, value: XlsxInput): string | number | Date | null {
  if (value === null) return null;
  switch (kind) {
    case "fen":
      // An integer fen over 100 is the double nearest the 元 amount: what Excel stores anyway.
      return typeof value === "number" ? value / 100 : value;
    case "date":
      return /^\d{4}-\d{2}-\d{2}$/.test(String(value)) ? new Date(`${value}T00:00:00Z`) : value;
    case "datetime": {
      const at = Date.parse(String(value));
      return Number.isNaN(at) ? value : new Date(at + SHANGHAI_OFFSET_MS);
    }
    default:
      return value;
  }
}

/** Excel refuses sheet names over 31 characters or holding any of : \ / ? * [ ]. */
const sheetName = (name: string) => name.replace(/[:\\/?*[\]]/g, "_").slice(0, 31);

/**
 * A workbook streamed as it is written (exceljs' WorkbookWriter commits each row), so a long
 * report is never a whole workbook in memory. A header row in bold, frozen; each column typed.
 * Text cells are stored as strings (never formulas), so a hostile name stays text.
 */
export function xlsxStream(sheets: readonly XlsxSheet[]): ReadableStream<Uint8Array> {
  const out = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: true,
    useSharedStrings: false,
  });
  (async () => {
    for (const sheet of sheets) {
      const ws = workbook.addWorksheet(sheetName(sheet.name), {
        views: [{ state: "frozen", ySplit: 1 }],
      });
      ws.columns = sheet.columns.map((column, i) => ({
        header: column.header,
        key: `c${i}`,
        width: Math.max(WIDTH[column.kind], column.header.length * 2 + 2),
        style: { numFmt: NUMBER_FORMAT[column.kind] },
      }));
      const header = ws.getRow(1);
      header.font = { bold: true };
      header.commit();
      const write = (values: readonly XlsxInput[], bold: boolean) => {
        const row = ws.addRow(values.map((v, i) => xlsxValue(sheet.columns[i]?.kind ?? "text", v)));
        if (bold) row.font = { bold: true };
        row.commit();
      };
      for (const values of sheet.rows) write(values, false);
      if (sheet.total) write(sheet.total, true);
      ws.commit();
    }
    await workbook.commit();
  })().catch((error: unknown) => out.destroy(error as Error));
  return Readable.toWeb(out) as ReadableStream<Uint8Array>;
}
