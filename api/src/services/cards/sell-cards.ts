import { businessDate, cardSales } from "@powercard/db";
import { sql } from "drizzle-orm";
import type { UserPrincipal } from "../../shared/auth/principal.ts";
import { newId } from "../../shared/ids.ts";
import { idempotentTransaction } from "../idempotency/idempotent-transaction.ts";
import { requestFingerprint } from "../idempotency/request-fingerprint.ts";
import type { StoredResponse } from "../idempotency/stored-response.ts";
import { cardsSold, postMovements } from "../ledger/index.ts";
import type { ServiceContext } from "../service-context.ts";
import { assertUnitActive } from "../units/unit-status.ts";
import { inClerkCustody } from "./card-custody.ts";
import { moveCardRange } from "./card-lifecycle.ts";
import { parseCardRange } from "./card-range.ts";
import { toCardSaleView } from "./card-sale-view.ts";
import { recordRangeAudit } from "./record-range-audit.ts";
import { assertSellable } from "./sale-expiry.ts";

export const CARD_SALE_OPERATION = "card_sale";

/** What a sale writes on each card: only a sold card can be recharged, and it names its sale. */
export const sellSet = (saleId: string, now: Date) =>
  sql`state = 'sold', sold_at = ${now.toISOString()}, sale_id = ${saleId}`;

/**
 * A clerk sells one card or a range at the outlet. In one transaction: the cards go
 * in_stock → sold (only now can they be recharged), the sale is recorded with outlet, clerk,
 * business day and amount, and one balanced ledger transaction (the sale's id, in the outlet's
 * book): `cardsSold`, the cash the outlet now owes against the card float — the value customers
 * may still recharge. All or nothing, under the clerk's Idempotency-Key.
 */
export async function sellCards({
  ctx,
  input,
}: {
  ctx: ServiceContext & { actor: UserPrincipal };
  input: { firstCardNo: string; lastCardNo?: string; idempotencyKey: string };
}): Promise<StoredResponse> {
  const range = parseCardRange(input.firstCardNo, input.lastCardNo);
  const { actor: clerk, now } = ctx;
  const outletId = clerk.unitId;
  const today = businessDate(now);
  const request = {
    clientId: clerk.id,
    key: input.idempotencyKey,
    operation: CARD_SALE_OPERATION,
    // The normalized range: { first } and { first, last: first } are the same request.
    requestHash: requestFingerprint(CARD_SALE_OPERATION, [
      ["firstCardNo", range.firstCardNo],
      ["lastCardNo", range.lastCardNo],
    ]),
  };

  return idempotentTransaction(ctx, request, async (tx) => {
    await assertUnitActive(tx, outletId);
    const custody = inClerkCustody(clerk);
    await assertSellable(tx, range, custody, today);
    const saleId = newId.cardSale();
    const moved = await moveCardRange(tx, {
      action: "sell",
      range,
      custody,
      set: sellSet(saleId, now),
      now,
    });
    const [sale] = await tx
      .insert(cardSales)
      .values({
        id: saleId,
        outletUnitId: outletId,
        clerkId: clerk.id,
        businessDate: today,
        firstCardNo: range.firstCardNo,
        lastCardNo: range.lastCardNo,
        cardCount: moved.count,
        amountFen: moved.valueFen,
        createdAt: now,
      })
      .returning();
    if (!sale) throw new Error("card sale insert returned no row");
    await postMovements(tx, [
      {
        movement: cardsSold({ outletUnitId: outletId, amountFen: moved.valueFen }),
        transactionId: saleId,
        businessDate: today,
        reference: saleId,
        createdAt: now,
      },
    ]);
    await recordRangeAudit(
      { tx, requestId: ctx.requestId, now, actor: clerk },
      { action: "cards.sold", range, moved, object: { type: "card_sale", id: saleId }, unitId: outletId },
    );
    return { status: 201, body: JSON.stringify(toCardSaleView(sale)), resourceId: saleId };
  });
}
