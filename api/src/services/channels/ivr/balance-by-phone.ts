import type { ServiceContext } from "../../service-context.ts";
import { findAccount, isCustomerNo } from "./find-account.ts";
import type { IvrBalanceAnswerView } from "./ivr-answer-view.ts";
import { type IvrFailure, speakBalance, speakFailure } from "./speak-texts.ts";

export type IvrBalanceAnswer =
  | (IvrBalanceAnswerView & { ok: true; balanceFen: number })
  | (IvrBalanceAnswerView & { ok: false; code: IvrFailure });

/** The balance of a customer number, to be spoken to the caller. */
export async function ivrBalance({
  ctx,
  input,
}: {
  ctx: Pick<ServiceContext, "db" | "actor">;
  input: { customerNo: string };
}): Promise<IvrBalanceAnswer> {
  if (!isCustomerNo(input.customerNo))
    return { ok: false, code: "customer_no_invalid", speak: speakFailure("customer_no_invalid") };
  const account = await findAccount(ctx, input.customerNo);
  if (!account) return { ok: false, code: "customer_not_found", speak: speakFailure("customer_not_found") };
  return { ok: true, balanceFen: account.balanceFen, speak: speakBalance(account.balanceFen) };
}
