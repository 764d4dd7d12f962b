import { MOVEMENTS_TYP, signDocument } from "../../shared/auth/signed-documents.ts";
import { assertBusinessDayBegun, businessDayEnd } from "../../shared/business-day.ts";
import type { ServiceContext } from "../service-context.ts";
import { feedHead } from "./feed-head.ts";
import { type MovementFileView, movementTotals } from "./movement-file-view.ts";
import { MOVEMENT_COLUMNS, toMovementView } from "./movement-view.ts";

/** A day is final this long after it closed: longer than any transaction may stay open. */
export const MOVEMENT_FILE_GRACE_MS = 60 * 60_000;

/**
 * Every sequenced movement of one Asia/Shanghai business day, with totals per kind, as a compact
 * JWS signed with Powercard's current key (like the partners' reconciliation file). The head is
 * read first, so a movement sequenced meanwhile is either in the file and at or below
 * `throughPosition`, or after it in the feed.
 */
export async function getMovementFile({
  ctx,
  input,
}: {
  ctx: Pick<ServiceContext, "db" | "now" | "signingKeys">;
  input: { date: string };
}): Promise<{ jws: string; file: MovementFileView }> {
  assertBusinessDayBegun(input.date, ctx.now);
  const throughPosition = await feedHead(ctx.db);
  const [rows, waiting] = await Promise.all([
    ctx.db.query(
      `SELECT ${MOVEMENT_COLUMNS} FROM account_movements
        WHERE business_date = $1::date AND position <= $2 ORDER BY position`,
      [input.date, throughPosition],
    ),
    ctx.db.query(
      `SELECT 1 FROM movement_queue q
         JOIN ledger_transactions t ON t.book_key = q.book_key AND t.id = q.transaction_id
        WHERE t.business_date = $1::date LIMIT 1`,
      [input.date],
    ),
  ]);
  const movements = rows.map(toMovementView);
  const closed = ctx.now.getTime() >= businessDayEnd(input.date).getTime() + MOVEMENT_FILE_GRACE_MS;
  const file: MovementFileView = {
    businessDate: input.date,
    generatedAt: ctx.now.toISOString(),
    currency: "CNY",
    throughPosition,
    final: closed && waiting.length === 0,
    movements,
    totals: movementTotals(movements),
  };
  return { jws: await signDocument(ctx.signingKeys, MOVEMENTS_TYP, file), file };
}
