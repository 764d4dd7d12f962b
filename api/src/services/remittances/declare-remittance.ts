import { remittances } from "@powercard/db";
import { and, eq, ne } from "drizzle-orm";
import type { UserPrincipal } from "../../shared/auth/principal.ts";
import { assertBusinessDayBegun } from "../../shared/business-day.ts";
import { DomainError } from "../../shared/errors.ts";
import { newId } from "../../shared/ids.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import { idempotentTransaction } from "../idempotency/idempotent-transaction.ts";
import { requestFingerprint } from "../idempotency/request-fingerprint.ts";
import type { StoredResponse } from "../idempotency/stored-response.ts";
import type { ServiceContext } from "../service-context.ts";
import { unitInScope } from "../units/scope.ts";
import { toRemittanceView } from "./remittance-view.ts";
import { lockUnremittedCash } from "./unremitted-cash.ts";

export const DECLARE_REMITTANCE_OPERATION = "remittance_declare";

export interface DeclareRemittanceInput {
  outletUnitId: string;
  businessDate: string;
  amountFen: number;
  bankReference: string;
  idempotencyKey: string;
}

/**
 * An outlet's fund administrator declares cash paid into the unified account for a business day.
 * Nothing is booked yet (the bank statement decides); the declaration only reserves the amount,
 * so no outlet can declare more than it sold and has not yet remitted — checked under the
 * outlet's lock, so concurrent declarations cannot both pass.
 */
export async function declareRemittance({
  ctx,
  input,
}: {
  ctx: ServiceContext & { actor: UserPrincipal };
  input: DeclareRemittanceInput;
}): Promise<StoredResponse> {
  const { actor, now } = ctx;
  assertBusinessDayBegun(input.businessDate, now);
  await unitInScope(ctx.db, actor, input.outletUnitId);
  const request = {
    clientId: actor.id,
    key: input.idempotencyKey,
    operation: DECLARE_REMITTANCE_OPERATION,
    requestHash: requestFingerprint(DECLARE_REMITTANCE_OPERATION, [
      ["outletUnitId", input.outletUnitId],
      ["businessDate", input.businessDate],
      ["amountFen", String(input.amountFen)],
      ["bankReference", input.bankReference],
    ]),
  };

  return idempotentTransaction(ctx, request, async (tx) => {
    const available = await lockUnremittedCash(tx, input.outletUnitId);
    if (input.amountFen > available)
      throw new DomainError("remittance_exceeds_unremitted", {
        detail: `The outlet can declare at most ${Math.max(available, 0)} fen (sold, not yet remitted or declared); ${input.amountFen} fen was asked.`,
      });
    // Checked under the outlet's lock; the partial unique index backs it up.
    const [taken] = await tx
      .select({ id: remittances.id })
      .from(remittances)
      .where(
        and(
          eq(remittances.outletUnitId, input.outletUnitId),
          eq(remittances.bankReference, input.bankReference),
          ne(remittances.state, "rejected"),
        ),
      );
    if (taken) throw new DomainError("remittance_bank_reference_taken");
    const [row] = await tx
      .insert(remittances)
      .values({
        id: newId.remittance(),
        outletUnitId: input.outletUnitId,
        businessDate: input.businessDate,
        amountFen: input.amountFen,
        bankReference: input.bankReference,
        state: "declared",
        declaredBy: actor.id,
        declaredAt: now,
        createdAt: now,
      })
      .returning();
    if (!row) throw new Error("remittance insert returned no row");
    await recordAuditEvent(
      { tx, requestId: ctx.requestId, now, actor: { type: "user", id: actor.id } },
      {
        action: "remittance.declared",
        objectType: "remittance",
        objectId: row.id,
        unitId: row.outletUnitId,
        after: { businessDate: row.businessDate, amountFen: row.amountFen, bankReference: row.bankReference },
      },
    );
    return { status: 201, body: JSON.stringify(await toRemittanceView(tx, row)), resourceId: row.id };
  });
}
