import { z } from "@hono/zod-openapi";
import { defineRoute } from "../../http/define-route.ts";
import { CustomerNoSchema, jsonResponse, problemResponses } from "../../http/openapi.ts";
import { AccountSchema, AccountTransactionSchema } from "../../services/accounts/account-view.ts";

const tags = ["Accounts"];
const access = { clients: "any", operation: "accounts:read", roles: ["clerk", "auditor"] } as const;
const params = z.object({ customerNo: CustomerNoSchema });

export const MAX_PAGE_SIZE = 100;

export const getAccount = defineRoute({
  method: "get",
  path: "/v1/accounts/{customerNo}",
  operationId: "getAccount",
  tags,
  access,
  summary: "A customer's prepaid account: balance, masked name, accounting unit",
  description:
    "What a channel shows the payer before money moves: the masked name and the balance, for any customer. " +
    "Staff see the account of customers of their accounting unit's line (the unit, the units above it, its " +
    "outlets and stations) with the accounting unit; a counter clerk may read any customer's masked name and " +
    "balance to serve them. Any other customer answers 404, as an unknown one.",
  request: { params },
  responses: { 200: jsonResponse(AccountSchema, "The account."), ...problemResponses("customer_not_found") },
});

export const listAccountTransactions = defineRoute({
  method: "get",
  path: "/v1/accounts/{customerNo}/transactions",
  // Reports, exports and history lists may lag the primary (http/stale-reads.ts).
  staleReads: true,
  operationId: "listAccountTransactions",
  tags,
  access,
  summary: "The movements of a prepaid account, newest first",
  description:
    "A channel client sees only its own movements of the account: the recharges and top-ups it made (an " +
    "empty page if none). Staff of the customer's accounting unit's line see every movement. Any other " +
    "caller gets 404, as for an unknown customer.",
  request: {
    params,
    query: z.strictObject({
      limit: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(20).openapi({ example: 20 }),
      cursor: z.string().max(200).optional().openapi({ description: "nextCursor of the previous page." }),
    }),
  },
  responses: {
    200: jsonResponse(
      z.object({ data: z.array(AccountTransactionSchema), nextCursor: z.string().nullable() }),
      "One page of movements.",
    ),
    ...problemResponses("customer_not_found"),
  },
});
