import { type CardState, type Orm, resultRows, toFen } from "@powercard/db";
import { type SQL, sql } from "drizzle-orm";
import { DomainError } from "../../shared/errors.ts";
import type { CardRange } from "./card-range.ts";

/**
 * The card state machine: for each action, the states a card may be in before it. Every
 * service that moves cards takes its `from` states from here, so the rules live in one place
 * (and test/services/card-state-machine.test.ts walks every pair).
 *
 *   generate                       → generated       production order
 *   ship        generated          → in_transit      manufacturer's cartons to a city bureau
 *   receive     in_transit         → in_stock        the bureau's card_admin receives cartons
 *   send        in_stock           → in_transfer     distribution to a child unit or a clerk
 *   accept      in_transfer        → in_stock        the receiving unit or clerk confirms
 *   sell        in_stock           → sold            a clerk at an outlet
 *   use         sold               → used            a recharge (services/recharge)
 *   lock        in_stock, sold     → locked          5 wrong PINs; unlock restores the state
 *   freeze      in_transit, in_stock, sold → frozen (lost/stolen); unfreeze restores. Not a range
 *               in_transfer: the schema ties that state to its open transfer (CHECK
 *               cards_in_transfer_has_transfer), so the transfer is received first, then frozen.
 *   scrap       in_stock           → scrapped        damaged cards
 *   destroy     scrapped           → destroyed       with maker-checker approval
 */
export const CARD_TRANSITIONS = {
  ship: { from: ["generated"], to: "in_transit" },
  receive: { from: ["in_transit"], to: "in_stock" },
  send: { from: ["in_stock"], to: "in_transfer" },
  accept: { from: ["in_transfer"], to: "in_stock" },
  sell: { from: ["in_stock"], to: "sold" },
  use: { from: ["sold"], to: "used" },
  lock: { from: ["in_stock", "sold"], to: "locked" },
  unlock: { from: ["locked"], to: "previous" },
  freeze: { from: ["in_transit", "in_stock", "sold"], to: "frozen" },
  unfreeze: { from: ["frozen"], to: "previous" },
  scrap: { from: ["in_stock"], to: "scrapped" },
  destroy: { from: ["scrapped"], to: "destroyed" },
} as const satisfies Record<string, { from: readonly CardState[]; to: CardState | "previous" }>;

export type CardAction = keyof typeof CARD_TRANSITIONS;

export interface RangeMove {
  action: CardAction;
  range: CardRange;
  /** Conditions of custody/scope every card must meet besides its state, e.g. its owner unit. */
  custody?: SQL;
  /** The assignments of the UPDATE (state, owner, …); `updated_at` is added. */
  set: SQL;
  now: Date;
}

export interface RangeMoved {
  count: number;
  valueFen: number;
}

/**
 * Moves every card of a range in ONE statement, or none: the UPDATE takes only cards in an
 * allowed state and custody, and when that is not every card of the range the caller's
 * transaction is rolled back by the thrown error, whose detail says what stood in the way
 * ("3 cards are sold, 2 do not exist"). Set-based, so 100,000 cards cost one statement.
 */
export async function moveCardRange(tx: Orm, move: RangeMove): Promise<RangeMoved> {
  const { range, now } = move;
  const from = CARD_TRANSITIONS[move.action].from as readonly string[];
  const fromList = sql.join(
    from.map((s) => sql`${s}`),
    sql`, `,
  );
  const custody = move.custody ?? sql`true`;
  const result = await tx.execute(sql`
    WITH target AS (
      SELECT state, coalesce((${custody}), false) AS in_custody
        FROM cards WHERE card_no BETWEEN ${range.firstCardNo} AND ${range.lastCardNo}
    ), moved AS (
      UPDATE cards SET ${move.set}, updated_at = ${now.toISOString()}
       WHERE card_no BETWEEN ${range.firstCardNo} AND ${range.lastCardNo}
         AND state IN (${fromList}) AND coalesce((${custody}), false)
      RETURNING face_value_fen
    )
    SELECT (SELECT count(*) FROM target)::int AS found,
           (SELECT count(*) FROM moved)::int AS moved,
           (SELECT coalesce(sum(face_value_fen), 0) FROM moved)::bigint AS value_fen,
           (SELECT coalesce(json_object_agg(reason, n), '{}'::json)::text FROM (
              SELECT CASE WHEN in_custody THEN state ELSE 'not_in_custody' END AS reason, count(*) AS n
                FROM target WHERE NOT (state IN (${fromList}) AND in_custody) GROUP BY 1) b) AS blockers`);
  const [row] = resultRows<{ found: number; moved: number; value_fen: unknown; blockers: string }>(result);
  if (!row) throw new Error("range statement returned no row");
  const moved = Number(row.moved);
  if (moved !== range.count) {
    throw new DomainError("card_range_not_eligible", {
      detail: describeBlockers(move.action, range, Number(row.found), JSON.parse(row.blockers)),
    });
  }
  return { count: moved, valueFen: toFen(row.value_fen) };
}

function describeBlockers(
  action: CardAction,
  range: CardRange,
  found: number,
  blockers: Record<string, number>,
): string {
  const parts = Object.entries(blockers).map(([reason, n]) =>
    reason === "not_in_custody" ? `${n} not in the custody this needs` : `${n} ${reason}`,
  );
  if (found < range.count) parts.push(`${range.count - found} do not exist`);
  if (parts.length === 0) parts.push("the cards changed meanwhile; retry");
  const allowed = CARD_TRANSITIONS[action].from.join(" or ");
  return `Cannot ${action} ${range.firstCardNo}–${range.lastCardNo} (${range.count} cards): ${parts.join(", ")}. Every card must be ${allowed}. Nothing was changed.`;
}
