import { accounts, customers, orgUnits } from "@powercard/db";
import { eq } from "drizzle-orm";
import { DomainError } from "../../shared/errors.ts";
import { maskName } from "../../shared/mask.ts";
import type { ServiceContext } from "../service-context.ts";
import type { AccountView } from "./account-view.ts";
import { customerAccess } from "./customer-access.ts";

/**
 * A customer's prepaid account as the caller may see it (customer-access.ts): the name always
 * masked; a customer the caller may not see is answered as an unknown one.
 */
export async function getAccount({
  ctx,
  input,
}: {
  ctx: Pick<ServiceContext, "db" | "actor">;
  input: { customerNo: string };
}): Promise<AccountView> {
  const [row] = await ctx.db.orm
    .select({
      customerNo: customers.customerNo,
      name: customers.name,
      unitId: orgUnits.id,
      unitName: orgUnits.name,
      unitPath: orgUnits.path,
      balanceFen: accounts.balanceFen,
      updatedAt: accounts.updatedAt,
    })
    .from(accounts)
    .innerJoin(customers, eq(customers.customerNo, accounts.customerNo))
    .innerJoin(orgUnits, eq(orgUnits.id, customers.accountingUnitId))
    .where(eq(accounts.customerNo, input.customerNo))
    .limit(1);
  const access = row ? customerAccess(ctx.actor, row.unitPath).account : "none";
  if (!row || access === "none") throw new DomainError("customer_not_found");
  return {
    customerNo: row.customerNo,
    customerName: maskName(row.name),
    accountingUnit: access === "full" ? { id: row.unitId, name: row.unitName } : null,
    balanceFen: row.balanceFen,
    currency: "CNY",
    updatedAt: row.updatedAt.toISOString(),
  };
}
