import { businessDate } from "@powercard/db";
import type { UserPrincipal } from "../../shared/auth/principal.ts";
import { newId } from "../../shared/ids.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import { idempotentTransaction } from "../idempotency/idempotent-transaction.ts";
import { requestFingerprint } from "../idempotency/request-fingerprint.ts";
import type { StoredResponse } from "../idempotency/stored-response.ts";
import { postMovements, remittanceConfirmed } from "../ledger/index.ts";
import type { ServiceContext } from "../service-context.ts";
import { decideRemittance } from "./decide-remittance.ts";
import { toRemittanceView } from "./remittance-view.ts";

export const CONFIRM_REMITTANCE_OPERATION = "remittance_confirm";

/**
 * The settlement center found the money on its bank statement. In one transaction: the
 * remittance becomes confirmed and one balanced ledger transaction in the outlet's book moves
 * the cash from the outlet to the unified account (`remittanceConfirmed`). It belongs to the day of confirmation: that is when the center holds it.
 */
export async function confirmRemittance({
  ctx,
  input,
}: {
  ctx: ServiceContext & { actor: UserPrincipal };
  input: { id: string; idempotencyKey: string };
}): Promise<StoredResponse> {
  const { actor, now } = ctx;
  const request = {
    clientId: actor.id,
    key: input.idempotencyKey,
    operation: CONFIRM_REMITTANCE_OPERATION,
    requestHash: requestFingerprint(CONFIRM_REMITTANCE_OPERATION, [["id", input.id]]),
  };

  return idempotentTransaction(ctx, request, async (tx) => {
    const transactionId = newId.ledgerTransaction();
    const row = await decideRemittance({ tx, requestId: ctx.requestId, now, actor }, input.id, {
      state: "confirmed",
      ledgerTransactionId: transactionId,
    });
    await postMovements(tx, [
      {
        movement: remittanceConfirmed({ outletUnitId: row.outletUnitId, amountFen: row.amountFen }),
        transactionId,
        businessDate: businessDate(now),
        reference: row.id,
        createdAt: now,
      },
    ]);
    await recordAuditEvent(
      { tx, requestId: ctx.requestId, now, actor: { type: "user", id: actor.id } },
      {
        action: "remittance.confirmed",
        objectType: "remittance",
        objectId: row.id,
        unitId: row.outletUnitId,
        before: { state: "declared" },
        after: { state: "confirmed", amountFen: row.amountFen, ledgerTransactionId: transactionId },
      },
    );
    return { status: 200, body: JSON.stringify(await toRemittanceView(tx, row)), resourceId: row.id };
  });
}
