import { DomainError } from "../../../shared/errors.ts";
import type { AccountView } from "../../accounts/account-view.ts";
import { getAccount } from "../../accounts/get-account.ts";
import type { ServiceContext } from "../../service-context.ts";

/** getAccount, with an unknown customer as null: the IVR answers it in words, not with a 404. */
export async function findAccount(
  ctx: Pick<ServiceContext, "db" | "actor">,
  customerNo: string,
): Promise<AccountView | null> {
  try {
    return await getAccount({ ctx, input: { customerNo } });
  } catch (error) {
    if (error instanceof DomainError && error.code === "customer_not_found") return null;
    throw error;
  }
}

export const isCustomerNo = (value: string) => /^[0-9]{10}$/.test(value);
