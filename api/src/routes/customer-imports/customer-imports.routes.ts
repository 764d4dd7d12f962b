import { z } from "@hono/zod-openapi";
import { defineRoute } from "../../http/define-route.ts";
import { jsonBody, jsonResponse, problemResponses } from "../../http/openapi.ts";
import { CustomerImportResultSchema } from "../../services/customers/customer-import-view.ts";
import {
  CUSTOMERS_CSV_HEADER,
  ImportCustomersSchema,
  MAX_CUSTOMERS_PER_BATCH,
} from "./customer-imports.schemas.ts";

const tags = ["Customers"];
/** The marketing system is a machine client given `customers:import`; a sysadmin may load a file by hand. */
const IMPORTERS = { clients: "any", operation: "customers:import", roles: ["sysadmin"] } as const;

const DESCRIPTION =
  "Brings customers (户号) in from the marketing system (营销系统): new customers are created with their prepaid " +
  "account; a known customer is changed only by a newer `sourceVersion` — a file sent twice, or an older one, " +
  "changes nothing (`unchanged`). A change of accounting unit moves the customer from `effectiveFrom` on; " +
  "recharges, top-ups and bill payments keep the unit they were made under. `closed` (销户) closes the account: " +
  "it takes no more recharges. Each row is applied whole or refused whole; refused rows are listed by line, " +
  "field and reason (the first 100) and the others are applied. No Idempotency-Key: the versions make it idempotent.";

const responses = {
  200: jsonResponse(CustomerImportResultSchema, "What the import did, and the rows it refused."),
  ...problemResponses(
    "validation_failed",
    "customer_file_invalid",
    "malformed_json",
    "forbidden",
    "payload_too_large",
    "unsupported_media_type",
  ),
};

export const importCustomers = defineRoute({
  access: IMPORTERS,
  method: "post",
  path: "/v1/customer-imports",
  operationId: "importCustomers",
  tags,
  summary: "Import customers (JSON batch)",
  description: `${DESCRIPTION}\n\nUp to ${MAX_CUSTOMERS_PER_BATCH} customers per batch; a line number in \`errors\` is the customer's 1-based position.`,
  request: { body: jsonBody(ImportCustomersSchema, "The customers.") },
  responses,
});

export const importCustomersCsv = defineRoute({
  access: IMPORTERS,
  method: "post",
  path: "/v1/customer-imports/csv",
  operationId: "importCustomersCsv",
  tags,
  summary: "Import customers (CSV file, streamed)",
  description:
    `${DESCRIPTION}\n\nThe body is \`Content-Type: text/csv\` as the marketing system exports it: UTF-8 with or ` +
    "without a BOM, a header row, then one customer per line (RFC 4180 quoting). The header names the columns in " +
    `any order, in English (\`${CUSTOMERS_CSV_HEADER}\`) or as the export does (户号, 户名, 电话, 地址, 核算单位, ` +
    "状态, 版本, 生效日期); phone, address and effective_from may be left out. The file is read as it arrives and " +
    "applied in chunks, so a file of ten million customers is fine. A header that is not valid is refused (400 " +
    "`customer_file_invalid`); a file that stops being CSV midway answers `complete: false` with `stoppedAt`.",
  request: {
    body: {
      required: true,
      description: "The CSV file.",
      content: {
        "text/csv": {
          schema: z.string().openapi({
            example: `${CUSTOMERS_CSV_HEADER}\n3301000001,张小明,13812345678,杭州市西湖区文三路1号,unt_city,normal,20261203101500,\n`,
          }),
        },
      },
    },
  },
  responses,
});
