import { CUSTOMER_STATUSES, type CustomerStatus } from "@powercard/db";
import { businessDayStart } from "../../shared/business-day.ts";
import { CONTROL_CHARACTER_MESSAGE, isCleanText } from "../../shared/clean-text.ts";

/** The fields of one customer as the marketing system (营销系统) sends it. */
export const CUSTOMER_FIELDS = [
  "customer_no",
  "name",
  "phone",
  "address",
  "accounting_unit_id",
  "status",
  "source_version",
  "effective_from",
] as const;
export type CustomerField = (typeof CUSTOMER_FIELDS)[number];
/** Columns a file may leave out (a missing column is an empty cell in every row). */
export const OPTIONAL_FIELDS: ReadonlySet<CustomerField> = new Set(["phone", "address", "effective_from"]);

/**
 * The header names the marketing system's export uses, beside the English ones. The file's header
 * row decides the column order; names are matched after trimming, case-insensitively.
 */
export const HEADER_ALIASES: Readonly<Record<string, CustomerField>> = {
  户号: "customer_no",
  户名: "name",
  电话: "phone",
  联系电话: "phone",
  地址: "address",
  用电地址: "address",
  核算单位: "accounting_unit_id",
  状态: "status",
  版本: "source_version",
  version: "source_version",
  生效时间: "effective_from",
  生效日期: "effective_from",
};

const STATUS_WORDS: Readonly<Record<string, CustomerStatus>> = { 正常: "normal", 销户: "closed" };

/** One row as read: a 1-based line (CSV) or item number (JSON), and its cells by field. */
export interface RawCustomerRow {
  line: number;
  cells: Partial<Record<CustomerField, string | number | null>>;
  /** Set when the row could not even be split into its fields (a CSV line with too few or many). */
  shape?: string;
}

/** One customer ready to apply. */
export interface CustomerRow {
  line: number;
  customerNo: string;
  name: string;
  phone: string | null;
  address: string | null;
  accountingUnitId: string;
  status: CustomerStatus;
  sourceVersion: number;
  /** When a change of accounting unit takes effect (RFC 3339); null → the time of the import. */
  effectiveFrom: string | null;
}

/** One refused row in the report: where, which field, why. */
export interface RowError {
  line: number;
  field: string;
  reason: string;
}

const text = (value: string | number | null | undefined) =>
  value === null || value === undefined ? "" : String(value).trim();

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/i;

function effectiveInstant(value: string, now: Date): Date | string {
  const instant = DATE.test(value) ? businessDayStart(value) : RFC3339.test(value) ? new Date(value) : null;
  if (instant === null || Number.isNaN(instant.getTime()))
    return "must be a date YYYY-MM-DD (Asia/Shanghai) or an RFC 3339 time";
  if (instant.getTime() > now.getTime())
    return "must not be in the future: send the move when it takes effect";
  return instant;
}

/**
 * Checks one row against the rules of a customer: every field the row breaks is reported, and a
 * row with any error is refused whole. `units` are the accounting units' ids (a small set, read
 * once per import), so an unknown unit is a row error, not a failed statement.
 */
export function checkCustomerRow(
  raw: RawCustomerRow,
  units: ReadonlySet<string>,
  now: Date,
): { row: CustomerRow } | { errors: RowError[] } {
  const errors: RowError[] = [];
  const fail = (field: CustomerField, reason: string) => errors.push({ line: raw.line, field, reason });
  const cell = (field: CustomerField) => text(raw.cells[field]);
  if (raw.shape) return { errors: [{ line: raw.line, field: "row", reason: raw.shape }] };
  for (const field of CUSTOMER_FIELDS) {
    if (!isCleanText(cell(field))) fail(field, CONTROL_CHARACTER_MESSAGE);
  }
  if (errors.length) return { errors };

  const customerNo = cell("customer_no");
  if (!/^[0-9]{10}$/.test(customerNo)) fail("customer_no", "must be 10 digits");
  const name = cell("name");
  if (name.length === 0 || [...name].length > 100) fail("name", "must be 1–100 characters");
  const phone = cell("phone");
  if (phone && !/^[0-9+\- ]{3,32}$/.test(phone)) fail("phone", "must be 3–32 digits, +, - or spaces");
  const address = cell("address");
  if ([...address].length > 200) fail("address", "must be at most 200 characters");
  const accountingUnitId = cell("accounting_unit_id");
  if (!units.has(accountingUnitId)) fail("accounting_unit_id", "no such accounting unit");
  const statusText = cell("status");
  const status =
    STATUS_WORDS[statusText] ?? CUSTOMER_STATUSES.find((s) => s === statusText.toLowerCase()) ?? null;
  if (status === null) fail("status", "must be normal or closed (正常 or 销户)");
  const versionText = cell("source_version");
  const sourceVersion = /^\d{1,16}$/.test(versionText) ? Number(versionText) : Number.NaN;
  if (!Number.isSafeInteger(sourceVersion))
    fail("source_version", "must be a whole number from 0 to 9007199254740991");
  const effectiveText = cell("effective_from");
  const effective = effectiveText ? effectiveInstant(effectiveText, now) : null;
  if (typeof effective === "string") fail("effective_from", effective);

  if (errors.length || status === null) return { errors };
  return {
    row: {
      line: raw.line,
      customerNo,
      name,
      phone: phone || null,
      address: address || null,
      accountingUnitId,
      status,
      sourceVersion,
      effectiveFrom: effective instanceof Date ? effective.toISOString() : null,
    },
  };
}
