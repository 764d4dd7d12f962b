import { controlCharacterErrors } from "../../http/input-text.ts";
import { DomainError, type FieldError } from "../../shared/errors.ts";
import { BILLS_CSV_HEADER, BillItemSchema, MAX_BILLS_PER_IMPORT } from "./bills.schemas.ts";

/** Splits one CSV line into fields: commas, and "quoted" fields with "" for a quote. */
function fields(line: string): string[] | null {
  const out: string[] = [];
  let i = 0;
  while (i <= line.length) {
    if (line[i] === '"') {
      let value = "";
      i++;
      for (;;) {
        const end = line.indexOf('"', i);
        if (end < 0) return null;
        value += line.slice(i, end);
        if (line[end + 1] === '"') {
          value += '"';
          i = end + 2;
        } else {
          i = end + 1;
          break;
        }
      }
      out.push(value);
      if (i < line.length && line[i] !== ",") return null;
      i++;
    } else {
      const end = line.indexOf(",", i);
      out.push(line.slice(i, end < 0 ? line.length : end));
      i = end < 0 ? line.length + 1 : end + 1;
    }
  }
  return out;
}

/**
 * The CSV import file: the header `bill_id,customer_no,period,amount_fen`, then one bill per
 * line (LF or CRLF; no line breaks inside fields). Every bad line is named; any bad line refuses
 * the whole file, as a bad item refuses a JSON batch.
 */
export function parseBillsCsv(text: string) {
  const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
  if (lines[lines.length - 1] === "") lines.pop();
  const invalid = (errors: FieldError[]) =>
    new DomainError("validation_failed", {
      detail: "The CSV file is not valid",
      fieldErrors: errors.slice(0, 20),
    });
  if (lines[0]?.trim() !== BILLS_CSV_HEADER)
    throw invalid([{ field: "line 1", message: `the header must be ${BILLS_CSV_HEADER}` }]);
  const data = lines.slice(1);
  if (data.length === 0 || data.length > MAX_BILLS_PER_IMPORT)
    throw invalid([{ field: "body", message: `1 to ${MAX_BILLS_PER_IMPORT} bills per file` }]);
  const errors: FieldError[] = [];
  const bills = data.flatMap((line, i) => {
    const cells = fields(line);
    const field = `line ${i + 2}`;
    if (cells?.length !== 4) {
      errors.push({ field, message: "expected 4 comma-separated fields" });
      return [];
    }
    const [billId, customerNo, period, amount] = cells as [string, string, string, string];
    const parsed = BillItemSchema.safeParse({
      billId,
      customerNo,
      period,
      amountFen: /^\d+$/.test(amount) ? Number(amount) : Number.NaN,
    });
    if (!parsed.success) {
      for (const issue of parsed.error.issues)
        errors.push({ field: `${field}.${issue.path.join(".")}`, message: issue.message });
      return [];
    }
    // The file is not parsed by a route's validator, so the text rule is applied here.
    const text = controlCharacterErrors(parsed.data, field);
    errors.push(...text);
    return text.length > 0 ? [] : [parsed.data];
  });
  if (errors.length) throw invalid(errors);
  return bills;
}
