import type { Context } from "hono";
import type { AppEnv } from "../../http/app-env.ts";
import { CSV_CONTENT_TYPE, csvStream } from "../../http/csv.ts";

export type CsvField = string | number | null;

/**
 * The CSV form of a report: its rows and, when given, a last total line (same columns, the first
 * one reading `total`), so a spreadsheet shows the figures the JSON `totals` carries.
 */
export function csvReport<T>(
  c: Context<AppEnv>,
  header: readonly string[],
  rows: T[],
  fields: (r: T) => CsvField[],
  total?: CsvField[],
) {
  const lines: CsvField[][] = rows.map(fields);
  if (total) lines.push(total);
  return c.body(
    csvStream(header, lines, (l) => l),
    200,
    { "Content-Type": CSV_CONTENT_TYPE },
  ) as never;
}
