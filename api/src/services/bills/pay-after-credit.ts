import type { Db } from "@powercard/db";
import { metrics } from "../../shared/metrics.ts";
import type { AuditActor } from "../audit/record-audit-event.ts";
import { payOpenBills } from "./pay-open-bills.ts";

/**
 * Money arrived on an account (a recharge or top-up committed) and the customer has open bills:
 * pay them now, in a transaction of its own. The credit is one statement that already told us
 * whether open bills exist, so a customer without bills costs no extra round trip. The credit
 * stays acknowledged whatever happens here: a failure is counted, and the bills stay open until
 * the next money arrives or bills are imported for the customer.
 */
export async function payAfterCredit(
  db: Db,
  input: {
    customerNo: string;
    now: Date;
    actor: AuditActor;
    requestId: string;
    trigger: "recharge" | "topup";
  },
): Promise<void> {
  try {
    await db.orm.transaction((tx) =>
      payOpenBills({ tx, requestId: input.requestId, now: input.now, actor: input.actor }, [
        input.customerNo,
      ]),
    );
  } catch {
    metrics.billPaymentFailed(input.trigger);
  }
}
