import { customers, type Db, orgUnits } from "@powercard/db";
import { eq } from "drizzle-orm";
import { inScope, type Principal, type UserPrincipal } from "../../shared/auth/principal.ts";

/**
 * Who may see which customer, and which of its movements (object-level access, OWASP API1). The
 * one place this rule lives: the account, history and bills services ask it, and a customer a
 * caller may not see answers 404 `customer_not_found`, exactly as an unknown one.
 *
 * - A channel client (counter terminal, IVR, SMS, website, partner) sees any customer's masked
 *   name and balance — what the payer is shown before money moves; cards cross units, so any
 *   channel recharges any customer. In the history it sees only its own movements (its recharges
 *   and top-ups): never another client's ids or amounts, nor bill payments.
 * - Staff on the customer's line — the customer's accounting unit is their unit or below it, or
 *   their unit lies below the accounting unit (its outlets and stations) — see the account with
 *   its accounting unit, and the whole history. The bills of a customer follow the same line.
 * - A counter clerk off the line sees the masked name and balance, to serve at the counter a
 *   customer of another unit (any counter may recharge any customer), but not the accounting
 *   unit and not the history.
 * - Anyone else sees nothing.
 */
export interface CustomerAccess {
  /** `confirm`: masked name and balance; `full`: also the accounting unit. */
  account: "none" | "confirm" | "full";
  /** `own`: only the caller's own recharges and top-ups; `all`: every movement. */
  history: "none" | "own" | "all";
}

const NOTHING: CustomerAccess = { account: "none", history: "none" };

export function customerAccess(actor: Principal, customerUnitPath: string): CustomerAccess {
  if (actor.kind === "client") return { account: "confirm", history: "own" };
  if (onCustomerLine(actor, customerUnitPath)) return { account: "full", history: "all" };
  if (actor.roles.includes("clerk")) return { account: "confirm", history: "none" };
  return NOTHING;
}

/** Whether a staff user is on the line of a customer's accounting unit (above, at, or below it). */
export function onCustomerLine(user: UserPrincipal, customerUnitPath: string): boolean {
  // In the user's subtree (the unit-scope rule), or the user's unit is in the customer unit's.
  return inScope(user, customerUnitPath) || user.unitPath.startsWith(customerUnitPath);
}

/** A customer's accounting unit, which the rule above is judged on; null for an unknown customer. */
export async function findCustomerUnit(
  db: Db,
  customerNo: string,
): Promise<{ id: string; name: string; path: string } | null> {
  const [row] = await db.orm
    .select({ id: orgUnits.id, name: orgUnits.name, path: orgUnits.path })
    .from(customers)
    .innerJoin(orgUnits, eq(orgUnits.id, customers.accountingUnitId))
    .where(eq(customers.customerNo, customerNo))
    .limit(1);
  return row ?? null;
}
