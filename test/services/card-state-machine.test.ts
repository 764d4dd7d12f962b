import { CARD_STATES, type CardState, type Orm } from "@powercard/db";
import { type SQL, sql } from "drizzle-orm";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  CARD_TRANSITIONS,
  type CardAction,
  moveCardRange,
} from "../../api/src/services/cards/card-lifecycle.ts";
import type { CardRange } from "../../api/src/services/cards/card-range.ts";
import { DESTROY_SET } from "../../api/src/services/cards/destroy-approved-cards.ts";
import { FREEZE_SET } from "../../api/src/services/cards/freeze-cards.ts";
import { SCRAP_SET } from "../../api/src/services/cards/scrap-cards.ts";
import { sellSet } from "../../api/src/services/cards/sell-cards.ts";
import { UNFREEZE_SET } from "../../api/src/services/cards/unfreeze-cards.ts";
import { DomainError } from "../../api/src/shared/errors.ts";
import { cardRows } from "../helpers/card-ranges.ts";
import { createTestDatabase, type TestDatabase } from "../helpers/database.ts";
import { Fixtures } from "../helpers/fixtures.ts";

/**
 * The card state machine, table against database: for EVERY action × EVERY state, a range in
 * that state either moves to the table's target (legal pair) or is refused with
 * card_range_not_eligible and left exactly as it was (illegal pair). The UPDATE's assignments
 * are the services' own where they exist, so the CHECK constraints of the cards table are
 * exercised by the same SQL that runs in production. Then a property: random action sequences
 * on sub-ranges keep every card in a state the table can reach and never lose or add a card.
 */

let t: TestDatabase;
let f: Fixtures;
const NOW = new Date();

beforeAll(async () => {
  t = await createTestDatabase();
  f = await Fixtures.create(t.db);
});
afterAll(() => t.close());

/** What each action writes besides `state`, as the services do (the rest as the schema demands). */
const SETS: Record<CardAction, SQL> = {
  ship: sql`state = 'in_transit'`,
  receive: sql`state = 'in_stock', holder_user_id = NULL`,
  send: sql`state = 'in_transfer', transfer_id = 'trf_state_machine'`,
  accept: sql`state = 'in_stock', transfer_id = NULL`,
  sell: sellSet("sal_state_machine", NOW),
  use: sql`state = 'used', used_by_customer_no = '0000000001', used_by_recharge_id = 'rch_state_machine', used_at = now()`,
  lock: sql`state = 'locked', state_before_lock = state, locked_at = now()`,
  unlock: sql`state = state_before_lock, state_before_lock = NULL, locked_at = NULL, failed_pin_attempts = 0`,
  freeze: FREEZE_SET,
  unfreeze: UNFREEZE_SET,
  scrap: SCRAP_SET,
  destroy: DESTROY_SET,
};

/** The state a "previous" restorer returns to in these tests (what the fixture remembered). */
const REMEMBERED: CardState = "in_stock";

const ACTIONS = Object.keys(CARD_TRANSITIONS) as CardAction[];

/**
 * Two cards in `state`, with the columns the schema requires of that state: a used card names
 * its recharge, a card in transfer its transfer, a frozen or locked card what it was before.
 */
async function cardsIn(state: CardState, count = 2) {
  const range = await f.cardRange(count, {
    state: state === "used" ? "sold" : state,
    transferId: state === "in_transfer" ? "trf_fixture" : null,
    stateBeforeFreeze: state === "frozen" ? REMEMBERED : null,
  });
  if (state === "used")
    await t.db.query(
      `UPDATE cards SET state = 'used', used_by_customer_no = '0000000002', used_by_recharge_id = 'rch_fixture'
        WHERE card_no BETWEEN $1 AND $2`,
      [range.firstCardNo, range.lastCardNo],
    );
  if (state === "locked")
    await t.db.query("UPDATE cards SET state_before_lock = $3 WHERE card_no BETWEEN $1 AND $2", [
      range.firstCardNo,
      range.lastCardNo,
      REMEMBERED,
    ]);
  return { firstCardNo: range.firstCardNo, lastCardNo: range.lastCardNo, count, cardNos: range.cardNos };
}

const move = (action: CardAction, range: CardRange) =>
  t.db.orm.transaction((tx) =>
    moveCardRange(tx as unknown as Orm, { action, range, set: SETS[action], now: NOW }),
  );

describe("every (action, from-state) pair of CARD_TRANSITIONS", () => {
  for (const action of ACTIONS) {
    const { from, to } = CARD_TRANSITIONS[action];
    for (const state of CARD_STATES) {
      const legal = (from as readonly CardState[]).includes(state);
      it(`${action} from ${state}: ${legal ? `→ ${to}` : "refused"}`, async () => {
        const range = await cardsIn(state);
        const before = await cardRows(t.db, range.firstCardNo, range.lastCardNo);
        if (legal) {
          const moved = await move(action, range);
          expect(moved).toEqual({ count: 2, valueFen: 20_000 });
          const expected = to === "previous" ? REMEMBERED : to;
          const after = await cardRows(t.db, range.firstCardNo, range.lastCardNo);
          expect(after.map((c) => c.state)).toEqual([expected, expected]);
        } else {
          const error = await move(action, range).catch((e: unknown) => e);
          expect(error).toBeInstanceOf(DomainError);
          expect((error as DomainError).code).toBe("card_range_not_eligible");
          expect((error as DomainError).message).toContain(`2 ${state}`);
          expect(await cardRows(t.db, range.firstCardNo, range.lastCardNo)).toEqual(before);
        }
      });
    }
  }

  it("freeze then unfreeze returns each legal state exactly (the remembered state is the card's own)", async () => {
    for (const state of CARD_TRANSITIONS.freeze.from) {
      const range = await cardsIn(state);
      await move("freeze", range);
      await move("unfreeze", range);
      const after = await cardRows(t.db, range.firstCardNo, range.lastCardNo);
      expect(after.map((c) => [c.state, c.state_before_freeze])).toEqual([
        [state, null],
        [state, null],
      ]);
    }
  });
});

/** The states a card can reach from `generated` by the table ("previous" = a state it left). */
function reachableStates(): Set<CardState> {
  const reached = new Set<CardState>(["generated"]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const action of ACTIONS) {
      const { from, to } = CARD_TRANSITIONS[action];
      if (!(from as readonly CardState[]).some((s) => reached.has(s))) continue;
      const targets: CardState[] =
        to === "previous"
          ? [...(CARD_TRANSITIONS[action === "unfreeze" ? "freeze" : "lock"].from as readonly CardState[])]
          : [to];
      for (const target of targets)
        if (!reached.has(target)) {
          reached.add(target);
          grew = true;
        }
    }
  }
  return reached;
}

describe("property: random action sequences on sub-ranges", () => {
  const SIZE = 4;
  const reachable = reachableStates();

  it("every card stays in a reachable state, moves exactly as the table says, and none is lost", async () => {
    // Uniformly random actions are mostly refused; so most steps instead take the `pick`-th action
    // legal for the sub-range's first card, to walk deep into the table.
    const step = fc.record({
      action: fc.constantFrom(...ACTIONS),
      preferLegal: fc.oneof(
        { weight: 3, arbitrary: fc.constant(true) },
        { weight: 1, arbitrary: fc.constant(false) },
      ),
      pick: fc.nat(),
      start: fc.nat(SIZE - 1),
      length: fc.integer({ min: 1, max: SIZE }),
    });
    await fc.assert(
      // Each run starts the range in any state, as the fixtures make it, so every state is a start.
      fc.asyncProperty(
        fc.constantFrom(...CARD_STATES),
        fc.array(step, { maxLength: 25 }),
        async (initial, steps) => {
          const range = await cardsIn(initial, SIZE);
          // The model: each card's state and what freeze/lock remembered.
          const model = range.cardNos.map(() => ({
            state: initial,
            beforeFreeze: REMEMBERED,
            beforeLock: REMEMBERED,
          }));
          for (const { preferLegal, pick, start, length, ...raw } of steps) {
            const last = Math.min(SIZE - 1, start + length - 1);
            const legalForFirst = ACTIONS.filter((a) =>
              (CARD_TRANSITIONS[a].from as readonly CardState[]).includes(model[start]?.state as CardState),
            );
            const action =
              preferLegal && legalForFirst.length
                ? (legalForFirst[pick % legalForFirst.length] as CardAction)
                : raw.action;
            const sub = {
              firstCardNo: range.cardNos[start] as string,
              lastCardNo: range.cardNos[last] as string,
              count: last - start + 1,
            };
            const cards = model.slice(start, last + 1);
            const from = CARD_TRANSITIONS[action].from as readonly CardState[];
            const allowed = cards.every((c) => from.includes(c.state));
            const result = await move(action, sub).then(
              () => "moved",
              (e: unknown) => (e instanceof DomainError ? e.code : String(e)),
            );
            expect(result).toBe(allowed ? "moved" : "card_range_not_eligible");
            if (allowed) for (const c of cards) applyToModel(c, action);
          }
          const rows = await cardRows(t.db, range.firstCardNo, range.lastCardNo);
          expect(rows).toHaveLength(SIZE);
          expect(rows.map((r) => r.state)).toEqual(model.map((c) => c.state));
          for (const r of rows) expect(reachable.has(r.state as CardState)).toBe(true);
        },
      ),
      { numRuns: 60 },
    );
  });
});

function applyToModel(
  card: { state: CardState; beforeFreeze: CardState; beforeLock: CardState },
  action: CardAction,
) {
  const { to } = CARD_TRANSITIONS[action];
  if (action === "freeze") card.beforeFreeze = card.state;
  if (action === "lock") card.beforeLock = card.state;
  if (to !== "previous") card.state = to;
  else card.state = action === "unfreeze" ? card.beforeFreeze : card.beforeLock;
}
