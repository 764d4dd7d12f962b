import type { RouteHandler } from "@hono/zod-openapi";
import type { AppDeps, AppEnv } from "../../http/app-env.ts";
import { serviceContext } from "../../http/service-context.ts";
import type { RawCustomerRow } from "../../services/customers/customer-import-row.ts";
import { importCustomers } from "../../services/customers/import-customers.ts";
import { readCustomerCsv } from "../../services/customers/read-customer-csv.ts";
import { DomainError } from "../../shared/errors.ts";
import type * as routes from "./customer-imports.routes.ts";

export const importCustomersHandler =
  (deps: AppDeps): RouteHandler<typeof routes.importCustomers, AppEnv> =>
  async (c) => {
    const { customers } = c.req.valid("json");
    async function* rows(): AsyncGenerator<RawCustomerRow> {
      for (const [i, item] of customers.entries())
        yield {
          line: i + 1,
          cells: {
            customer_no: item.customerNo,
            name: item.name,
            phone: item.phone ?? null,
            address: item.address ?? null,
            accounting_unit_id: item.accountingUnitId,
            status: item.status,
            source_version: item.sourceVersion,
            effective_from: item.effectiveFrom ?? null,
          },
        };
    }
    return c.json(await importCustomers({ ctx: serviceContext(c, deps), input: { rows: rows() } }), 200);
  };

export const importCustomersCsvHandler =
  (deps: AppDeps): RouteHandler<typeof routes.importCustomersCsv, AppEnv> =>
  async (c) => {
    const body = c.req.raw.body;
    if (!body)
      throw new DomainError("customer_file_invalid", { detail: "The file is empty: it needs a header row" });
    const rows = readCustomerCsv(body);
    return c.json(await importCustomers({ ctx: serviceContext(c, deps), input: { rows } }), 200);
  };
