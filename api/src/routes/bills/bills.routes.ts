import { z } from "@hono/zod-openapi";
import { CSV_CONTENT_TYPE } from "../../http/csv.ts";
import { defineRoute } from "../../http/define-route.ts";
import {
  CustomerNoSchema,
  IdempotencyHeaderSchema,
  jsonBody,
  jsonResponse,
  problemResponses,
} from "../../http/openapi.ts";
import { ImportBillsResultSchema } from "../../services/bills/bill-import-view.ts";
import { BillSchema } from "../../services/bills/bill-view.ts";
import {
  BILLS_CSV_HEADER,
  BillSourceSchema,
  ImportBillsSchema,
  ListBillsQuerySchema,
  MAX_BILLS_PER_IMPORT,
} from "./bills.schemas.ts";

const tags = ["Funds"];
/** Bills come from the billing system through the fund administrators or the settlement center. */
const IMPORTERS = ["fund_admin", "settlement_officer"] as const;

const IMPORT_DESCRIPTION =
  `Imports up to ${MAX_BILLS_PER_IMPORT} bills of customers of your accounting units, idempotently: a bill ` +
  "id seen before with the same content is reported `duplicate` and changes nothing; with another customer, " +
  "period or amount it is `rejected` (`bill_conflict`). Each new bill is booked (the customer owes it: debit " +
  "`electricity_receivable`, credit the unit's `unit_electricity_revenue`), then the customers' open bills " +
  "are paid from their prepaid balances, oldest period first — the last one reached may be partly paid. " +
  "Later recharges and top-ups pay what stays open. Idempotency-Key required.";

const importResponses = {
  200: jsonResponse(ImportBillsResultSchema, "What happened to each bill, and what was paid at once."),
  ...problemResponses(
    "idempotency_key_missing",
    "idempotency_key_invalid",
    "malformed_json",
    "forbidden",
    "idempotency_in_progress",
    "payload_too_large",
    "unsupported_media_type",
    "idempotency_key_reused",
  ),
};

export const importBills = defineRoute({
  access: { roles: IMPORTERS },
  method: "post",
  path: "/v1/bills",
  operationId: "importBills",
  tags,
  summary: "Import electricity bills (JSON batch)",
  description: IMPORT_DESCRIPTION,
  request: {
    headers: IdempotencyHeaderSchema,
    body: jsonBody(ImportBillsSchema, "The billing system and its bills."),
  },
  responses: importResponses,
});

export const importBillsCsv = defineRoute({
  access: { roles: IMPORTERS },
  method: "post",
  path: "/v1/bills/import",
  operationId: "importBillsCsv",
  tags,
  summary: "Import electricity bills (CSV file)",
  description: `${IMPORT_DESCRIPTION}\n\nThe body is \`Content-Type: text/csv\`: the header \`${BILLS_CSV_HEADER}\`, then one bill per line; any malformed line refuses the file (400, naming the lines).`,
  request: {
    headers: IdempotencyHeaderSchema,
    query: z.strictObject({ source: BillSourceSchema }),
    body: {
      required: true,
      description: "The CSV file.",
      content: {
        [CSV_CONTENT_TYPE]: {
          schema: z.string().openapi({ example: `${BILLS_CSV_HEADER}\n202610-1,3301000001,2026-10,12345\n` }),
        },
      },
    },
  },
  responses: importResponses,
});

export const listCustomerBills = defineRoute({
  access: { roles: ["clerk", "fund_admin", "settlement_officer", "auditor"] },
  method: "get",
  path: "/v1/customers/{customerNo}/bills",
  operationId: "listCustomerBills",
  tags,
  summary: "A customer's bills, newest first",
  description:
    "For staff of the customer's accounting unit, of the units above it, and of its outlets and stations.",
  request: { params: z.object({ customerNo: CustomerNoSchema }), query: ListBillsQuerySchema },
  responses: {
    200: jsonResponse(
      z.object({ data: z.array(BillSchema), nextCursor: z.string().nullable() }),
      "One page of bills.",
    ),
    ...problemResponses("forbidden", "customer_not_found"),
  },
});
