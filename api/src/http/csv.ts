/**
 * Text a spreadsheet would take for a formula (CSV injection): a cell starting with `=`, `+`, `-`,
 * `@`, a tab or a carriage return (OWASP's list), or the full-width `＝＋－＠` a Chinese input method
 * types — treated alike as a precaution, it costs nothing. Unit and staff names reach every export.
 */
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

/**
 * One cell's text. A text cell that could start a formula gets a leading `'` (OWASP's advice), so
 * a spreadsheet shows it as the text it is. Numbers are typed as numbers by the callers and never
 * touched: a negative amount (-100) stays a number a spreadsheet can sum.
 */
export function csvCell(field: string | number | null): string {
  if (field === null) return "";
  if (typeof field === "number") return String(field);
  return FORMULA_START.test(field) ? `'${field}` : field;
}

/** One RFC 4180 line: fields quoted when they hold a quote, comma or line break; ended by CRLF. */
export function csvLine(fields: ReadonlyArray<string | number | null>): string {
  return `${fields
    .map((field) => {
      const text = csvCell(field);
      return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
    })
    .join(",")}\r\n`;
}

/**
 * Excel reads a CSV without a byte order mark in the machine's ANSI code page (GBK on a Chinese
 * Windows), which garbles every Chinese name; with the UTF-8 BOM it opens the file as UTF-8.
 */
export const UTF8_BOM = "\uFEFF";

/**
 * A streamed CSV body: the UTF-8 BOM and the header, then the rows in chunks of `chunkRows`
 * lines, so a large report is never one big string in memory and the client sees bytes at once.
 */
export function csvStream<T>(
  header: readonly string[],
  rows: Iterable<T>,
  toFields: (row: T) => ReadonlyArray<string | number | null>,
  chunkRows = 500,
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const iterator = rows[Symbol.iterator]();
  let headerSent = false;
  return new ReadableStream({
    pull(controller) {
      let chunk = headerSent ? "" : UTF8_BOM + csvLine(header);
      headerSent = true;
      for (let i = 0; i < chunkRows; i++) {
        const next = iterator.next();
        if (next.done) {
          if (chunk) controller.enqueue(encoder.encode(chunk));
          controller.close();
          return;
        }
        chunk += csvLine(toFields(next.value));
      }
      controller.enqueue(encoder.encode(chunk));
    },
  });
}

export const CSV_CONTENT_TYPE = "text/csv; charset=utf-8";

export const XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

const accepts = (accept: string | undefined, type: string) =>
  new RegExp(`(^|,)\\s*${type.replace(/[./+]/g, "\\$&")}\\s*(;|,|$)`, "i").test(accept ?? "");

/**
 * The form of a report the caller asked for: `?format=` wins; else an Accept header naming the
 * XLSX media type or text/csv; else JSON.
 */
export function reportFormatOf(format: string | undefined, accept: string | undefined) {
  if (format === "json" || format === "csv" || format === "xlsx") return format;
  if (accepts(accept, XLSX_CONTENT_TYPE)) return "xlsx";
  return accepts(accept, "text/csv") ? "csv" : "json";
}
