import type { ServiceContext } from "../../service-context.ts";
import { findAccount, isCustomerNo } from "./find-account.ts";
import type { IvrCustomerAnswerView } from "./ivr-answer-view.ts";
import { type IvrFailure, speakCustomer, speakFailure } from "./speak-texts.ts";

export type IvrCustomerAnswer =
  | (IvrCustomerAnswerView & { ok: true; maskedName: string })
  | (IvrCustomerAnswerView & { ok: false; code: IvrFailure });

/** The first step of the phone menu: the caller keys a customer number and hears the masked name. */
export async function confirmIvrCustomer({
  ctx,
  input,
}: {
  ctx: Pick<ServiceContext, "db" | "actor">;
  input: { customerNo: string };
}): Promise<IvrCustomerAnswer> {
  if (!isCustomerNo(input.customerNo))
    return { ok: false, code: "customer_no_invalid", speak: speakFailure("customer_no_invalid") };
  const account = await findAccount(ctx, input.customerNo);
  if (!account) return { ok: false, code: "customer_not_found", speak: speakFailure("customer_not_found") };
  return {
    ok: true,
    maskedName: account.customerName,
    speak: speakCustomer(input.customerNo, account.customerName),
  };
}
