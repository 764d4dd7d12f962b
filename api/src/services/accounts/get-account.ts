import { accounts, customers, orgUnits } from "@powercard/db";
import { eq } from "drizzle-orm";
import type { ServiceContext } from "../../app-env.ts";
import { DomainError } from "../../lib/errors.ts";
import { maskName } from "../../lib/mask.ts";

export interface AccountView {
  customerNo: string;
  customerName: string;
  accountingUnit: { id: string; name: string };
  balanceFen: number;
  currency: "CNY";
  updatedAt: string;
}

/** A customer's prepaid account as a channel may see it: the name masked. */
export async function getAccount({
  ctx,
  input,
}: {
  ctx: Pick<ServiceContext, "db">;
  input: { customerNo: string };
}): Promise<AccountView> {
  const [row] = await ctx.db.orm
    .select({
      customerNo: customers.customerNo,
      name: customers.name,
      unitId: orgUnits.id,
      unitName: orgUnits.name,
      balanceFen: accounts.balanceFen,
      updatedAt: accounts.updatedAt,
    })
    .from(accounts)
    .innerJoin(customers, eq(customers.customerNo, accounts.customerNo))
    .innerJoin(orgUnits, eq(orgUnits.id, customers.accountingUnitId))
    .where(eq(accounts.customerNo, input.customerNo))
    .limit(1);
  if (!row) throw new DomainError("customer_not_found");
  return {
    customerNo: row.customerNo,
    customerName: maskName(row.name),
    accountingUnit: { id: row.unitId, name: row.unitName },
    balanceFen: row.balanceFen,
    currency: "CNY",
    updatedAt: row.updatedAt.toISOString(),
  };
}
