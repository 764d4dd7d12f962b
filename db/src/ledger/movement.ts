import type { LedgerAccount } from "../ledger-accounts.ts";

/**
 * The owner of a system-wide account (`settlement_unified`, `card_float`): such an account has one
 * sub-account, written with owner '' in `ledger_entries`, and no running-balance row.
 */
export const SYSTEM = Symbol("system account owner");
export type Owner<O> = O | typeof SYSTEM;

/** One side of a movement: which account (and whose sub-account) is debited or credited by how much. */
export interface Leg<A, O> {
  side: "debit" | "credit";
  account: LedgerAccount;
  owner: Owner<O>;
  amount: A;
}

/**
 * A movement of value as the accountant states it: its kind, the book it is kept in and its legs,
 * debits first. `A` and `O` are the amount and owner: numbers and ids when a service posts values
 * (post-movements.ts), SQL expressions when a one-statement path has the legs written into its
 * statement (movement-sql.ts). Either way the movement is stated once, in movements.ts.
 */
export interface Movement<A, O> {
  kind: string;
  book: O;
  legs: readonly Leg<A, O>[];
}

/** A debit leg. Naming SYSTEM as the owner gives a leg that fits a movement of any owner type. */
export function debit<A>(account: LedgerAccount, owner: typeof SYSTEM, amount: A): Leg<A, never>;
export function debit<A, O>(account: LedgerAccount, owner: O, amount: A): Leg<A, O>;
export function debit<A, O>(account: LedgerAccount, owner: Owner<O>, amount: A): Leg<A, O> {
  return { side: "debit", account, owner, amount };
}

/** A credit leg; SYSTEM as for debit. */
export function credit<A>(account: LedgerAccount, owner: typeof SYSTEM, amount: A): Leg<A, never>;
export function credit<A, O>(account: LedgerAccount, owner: O, amount: A): Leg<A, O>;
export function credit<A, O>(account: LedgerAccount, owner: Owner<O>, amount: A): Leg<A, O> {
  return { side: "credit", account, owner, amount };
}

/**
 * The shape of every movement Powercard books today: one debit and one credit of the same amount,
 * in one book. `debit` and `credit` name the account and its owner (SYSTEM for a system account).
 */
export function twoLegs<A, O>(m: {
  kind: string;
  book: O;
  amount: A;
  debit: readonly [LedgerAccount, Owner<O>];
  credit: readonly [LedgerAccount, Owner<O>];
}): Movement<A, O> {
  return {
    kind: m.kind,
    book: m.book,
    legs: [
      { side: "debit", account: m.debit[0], owner: m.debit[1], amount: m.amount },
      { side: "credit", account: m.credit[0], owner: m.credit[1], amount: m.amount },
    ],
  };
}

/** The stored sign convention of the chart of accounts: a debit is positive, a credit negative. */
export const signOf = (leg: Leg<unknown, unknown>): 1 | -1 => (leg.side === "debit" ? 1 : -1);
