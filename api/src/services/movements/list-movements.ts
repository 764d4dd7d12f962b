import { DomainError } from "../../shared/errors.ts";
import type { ServiceContext } from "../service-context.ts";
import { feedHead } from "./feed-head.ts";
import { MOVEMENT_COLUMNS, type MovementPageView, toMovementView } from "./movement-view.ts";

/**
 * One page of the movement feed: the sequenced movements after `after`, in position order. Only
 * sequenced rows exist here, and positions are given after commit (sequence-movements.ts), so a
 * reader that has passed a position never meets a movement numbered before it later.
 * A position beyond the head is refused: a reader ahead of the feed has a cursor from elsewhere
 * (another environment, a restored database), and silently waiting there would skip movements.
 */
export async function listMovements({
  ctx,
  input,
}: {
  ctx: Pick<ServiceContext, "db">;
  input: { after: number; limit: number };
}): Promise<MovementPageView> {
  const rows = await ctx.db.query(
    `SELECT ${MOVEMENT_COLUMNS} FROM account_movements WHERE position > $1 ORDER BY position LIMIT $2`,
    [input.after, input.limit],
  );
  if (rows.length === 0 && input.after > 0 && input.after > (await feedHead(ctx.db))) {
    throw new DomainError("movement_position_ahead", {
      detail: `No movement has position ${input.after} yet.`,
    });
  }
  const data = rows.map(toMovementView);
  return { data, next: data.at(-1)?.position ?? input.after };
}
