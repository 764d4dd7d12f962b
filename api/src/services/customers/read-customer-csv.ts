import { Readable } from "node:stream";
import type { ReadableStream as WebReadableStream } from "node:stream/web";
import { CsvError, parse } from "csv-parse";
import { DomainError } from "../../shared/errors.ts";
import {
  CUSTOMER_FIELDS,
  type CustomerField,
  HEADER_ALIASES,
  OPTIONAL_FIELDS,
  type RawCustomerRow,
} from "./customer-import-row.ts";

/** The file stopped being CSV at `line` (an unclosed quote, say): what came before stands. */
export class CsvStructureError extends Error {
  constructor(
    readonly line: number,
    readonly reason: string,
  ) {
    super(reason);
  }
}

/** Where each field is in the file's columns, from its header row; the header's faults otherwise. */
function columnsOf(header: readonly string[]): Map<CustomerField, number> {
  const columns = new Map<CustomerField, number>();
  const faults: string[] = [];
  header.forEach((name, index) => {
    const key = name.trim().toLowerCase();
    const field = HEADER_ALIASES[name.trim()] ?? CUSTOMER_FIELDS.find((f) => f === key);
    if (!field) faults.push(`unknown column "${name.slice(0, 40)}"`);
    else if (columns.has(field)) faults.push(`column ${field} appears twice`);
    else columns.set(field, index);
  });
  for (const field of CUSTOMER_FIELDS)
    if (!columns.has(field) && !OPTIONAL_FIELDS.has(field)) faults.push(`missing column ${field}`);
  if (faults.length)
    throw new DomainError("customer_file_invalid", {
      detail: `The header row is not valid: ${faults.slice(0, 10).join("; ")}`,
      fieldErrors: faults.slice(0, 20).map((message) => ({ field: "line 1", message })),
    });
  return columns;
}

/**
 * Reads the marketing system's customer file as it streams in (UTF-8, with or without a BOM;
 * RFC 4180 quoting; LF or CRLF): csv-parse turns the bytes into records a few at a time, so the
 * file is never held in memory. The header row names the columns (English or the export's
 * Chinese names, in any order). A record with the wrong number of fields is a row like any other
 * — the import refuses it with the reason; a break in the CSV itself ends the reading with
 * CsvStructureError.
 */
export async function* readCustomerCsv(body: ReadableStream<Uint8Array>): AsyncGenerator<RawCustomerRow> {
  const parser = Readable.fromWeb(body as WebReadableStream<Uint8Array>).pipe(
    parse({ bom: true, relax_column_count: true, skip_empty_lines: true, info: true }),
  );
  let columns: Map<CustomerField, number> | null = null;
  try {
    for await (const { record, info } of parser as AsyncIterable<{
      record: string[];
      info: { lines: number };
    }>) {
      if (columns === null) {
        columns = columnsOf(record);
        continue;
      }
      if (record.length !== columns.size) {
        yield {
          line: info.lines,
          cells: {},
          shape: `expected ${columns.size} fields, found ${record.length}`,
        };
        continue;
      }
      const cells: RawCustomerRow["cells"] = {};
      for (const [field, index] of columns) cells[field] = record[index] ?? "";
      yield { line: info.lines, cells };
    }
  } catch (error) {
    if (error instanceof CsvError) {
      const line = Number((error as CsvError & { lines?: number }).lines ?? 0);
      throw new CsvStructureError(line, `not valid CSV: ${error.message.replace(/^Invalid .*?: /, "")}`);
    }
    throw error;
  } finally {
    parser.destroy();
  }
  if (columns === null)
    throw new DomainError("customer_file_invalid", { detail: "The file is empty: it needs a header row" });
}
