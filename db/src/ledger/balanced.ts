import { type Movement, signOf } from "./movement.ts";

/** A movement that would not balance, or names an amount the ledger cannot hold. Never sent. */
export class UnbalancedMovementError extends Error {
  override name = "UnbalancedMovementError";
}

/**
 * Refuses a movement of values before it reaches the database: at least one debit and one
 * credit, every amount a positive integer of fen (an entry of 0 is refused by the table), and
 * debits equal to credits. The deferred trigger on `ledger_entries` checks the same at commit.
 */
export function assertBalanced(movement: Movement<number, unknown>): void {
  let sum = 0n;
  for (const leg of movement.legs) {
    if (!Number.isSafeInteger(leg.amount) || leg.amount <= 0)
      throw new UnbalancedMovementError(
        `${movement.kind}: ${leg.account} amount ${leg.amount} is not a positive fen`,
      );
    sum += BigInt(signOf(leg) * leg.amount);
  }
  assertBothSides(movement);
  if (sum !== 0n)
    throw new UnbalancedMovementError(`${movement.kind}: debits and credits differ by ${sum} fen`);
}

/**
 * The same check for a movement whose amounts are SQL expressions, done once when the statement
 * is built: the debits and the credits must name the same amounts (as a multiset of
 * expressions), so whatever the expressions evaluate to, the legs sum to zero.
 */
export function assertBalancedSymbolically(movement: Movement<string, unknown>): void {
  assertBothSides(movement);
  const open = new Map<string, number>();
  for (const leg of movement.legs)
    open.set(leg.amount.trim(), (open.get(leg.amount.trim()) ?? 0) + signOf(leg));
  for (const [amount, left] of open)
    if (left !== 0)
      throw new UnbalancedMovementError(`${movement.kind}: ${amount} is not matched on the other side`);
}

function assertBothSides(movement: Movement<unknown, unknown>) {
  const sides = new Set(movement.legs.map((leg) => leg.side));
  if (!sides.has("debit") || !sides.has("credit"))
    throw new UnbalancedMovementError(`${movement.kind}: a transaction needs a debit and a credit`);
}
