import { z } from "@hono/zod-openapi";
import { CSV_CONTENT_TYPE, XLSX_CONTENT_TYPE } from "../../http/csv.ts";
import { BusinessDateSchema } from "../../shared/business-day.ts";

/** Query parameters the funds reports share. */
export const reportUnitId = z
  .string()
  .max(64)
  .optional()
  .openapi({ description: "A unit of your subtree; default: yours." });

export const reportFormat = z
  .enum(["json", "csv", "xlsx"])
  .optional()
  .openapi({
    description:
      "Overrides the Accept header: `csv` (UTF-8 with BOM, CRLF, machine header, amounts in fen) or " +
      "`xlsx` (an Excel workbook: Chinese header, amounts in 元 as numbers formatted `0.00`, dates as dates).",
  });

export const reportLang = z
  .enum(["zh-CN", "en"])
  .optional()
  .openapi({ description: "The language of the XLSX header, sheet and file name; default zh-CN." });

const FILE_HEADERS = z.object({
  "Content-Disposition": z
    .string()
    .optional()
    .openapi({
      description:
        "CSV and XLSX only: `attachment` with an ASCII `filename` (report, unit id, dates) and, per RFC 6266 " +
        "and 5987, `filename*=UTF-8''…` naming the report, the unit and the dates in Chinese, e.g. " +
        "`日销售_杭州城区营业厅_2026-12-02.xlsx`.",
    }),
});

/** A 200 that is JSON (`schema`), the same columns as streamed CSV, or an XLSX workbook. */
export function jsonOrFile(schema: z.ZodType, csvDescription: string) {
  return {
    description: "The report.",
    headers: FILE_HEADERS,
    content: {
      "application/json": { schema },
      [CSV_CONTENT_TYPE]: { schema: z.string().openapi({ description: csvDescription }) },
      [XLSX_CONTENT_TYPE]: {
        schema: z.string().openapi({
          format: "binary",
          description:
            "The same rows as an Excel workbook (streamed): a bold, frozen header row, amounts in 元, " +
            "the totals line in bold.",
        }),
      },
    },
  };
}

/** The query of a report over a range of business days. */
export const dayRangeReportQuery = z.strictObject({
  from: BusinessDateSchema,
  to: BusinessDateSchema,
  unitId: reportUnitId,
  format: reportFormat,
  lang: reportLang,
});

/** What every report's description says about its file forms. */
export const FILE_FORMS =
  "\n\nThe same report as an Excel workbook with `?format=xlsx` or `Accept: " +
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet`: a Chinese header (English with " +
  "`lang=en`), amounts in 元 as numbers formatted `0.00`, dates as dates, the totals line last. The CSV " +
  "starts with a UTF-8 BOM and ends its lines with CRLF, so Excel opens it as UTF-8. Both come with a " +
  "`Content-Disposition` naming the report, the unit and the dates.";
