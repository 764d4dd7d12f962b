import { type Orm, resultRows } from "@powercard/db";
import { type SQL, sql } from "drizzle-orm";
import { DomainError } from "../../shared/errors.ts";
import type { CardRange } from "./card-range.ts";

/**
 * The expiry policy at sale: a card whose batch has a sell-by date before today's Asia/Shanghai
 * business day is not sold (it goes to scrap). Sold cards never expire: the money is the
 * customer's. Only cards in the seller's custody are looked at, so the answer tells nothing about
 * other units' stock. One grouped statement over the range, never a loop.
 */
export async function assertSellable(tx: Orm, range: CardRange, custody: SQL, today: string) {
  const [expired] = resultRows<{ n: number; sell_by: string }>(
    await tx.execute(sql`
      SELECT count(*)::int AS n, min(b.sell_by)::text AS sell_by
        FROM cards JOIN card_batches b ON b.id = cards.batch_id
       WHERE cards.card_no BETWEEN ${range.firstCardNo} AND ${range.lastCardNo}
         AND (${custody}) AND b.sell_by < ${today}::date`),
  );
  if (expired && Number(expired.n) > 0) {
    throw new DomainError("card_expired_for_sale", {
      detail: `${expired.n} card(s) of ${range.firstCardNo}–${range.lastCardNo} were to be sold by ${expired.sell_by} (today is ${today}). Send them to scrap; nothing was sold.`,
    });
  }
}
