import { LEDGER_ACCOUNTS as ACCOUNT } from "../ledger-accounts.ts";
import { credit, debit, type Movement, SYSTEM } from "./movement.ts";

/**
 * Every movement of value Powercard books, one function each: read a function to see what its
 * business event debits and credits (see the chart of accounts, db/src/ledger-accounts.ts). Each
 * is posted as one balanced transaction, by post-movements.ts (values) or movement-sql.ts (one
 * statement). `A` is the amount in fen, `O` an owner (customer number, unit id, client id).
 */

/** A card is recharged into a customer's prepaid account: the float of sold cards shrinks. */
export const cardRedeemed = <A, O>(m: { customerNo: O; amountFen: A }): Movement<A, O> => ({
  kind: "recharge",
  book: m.customerNo,
  legs: [
    debit(ACCOUNT.cardFloat, SYSTEM, m.amountFen),
    credit(ACCOUNT.customerPrepaid, m.customerNo, m.amountFen),
  ],
});

/** A partner took the money itself and credits the customer: the partner now owes it to us. */
export const partnerTopup = <A, O>(m: {
  customerNo: O;
  partnerClientId: O;
  amountFen: A;
}): Movement<A, O> => ({
  kind: "topup",
  book: m.customerNo,
  legs: [
    debit(ACCOUNT.partnerReceivable, m.partnerClientId, m.amountFen),
    credit(ACCOUNT.customerPrepaid, m.customerNo, m.amountFen),
  ],
});

/** An outlet sells cards: it holds their cash, and their value becomes rechargeable float. */
export const cardsSold = <A, O>(m: { outletUnitId: O; amountFen: A }): Movement<A, O> => ({
  kind: "card_sale",
  book: m.outletUnitId,
  legs: [
    debit(ACCOUNT.outletCardCash, m.outletUnitId, m.amountFen),
    credit(ACCOUNT.cardFloat, SYSTEM, m.amountFen),
  ],
});

/** The settlement center found an outlet's remittance on its bank statement (售卡解款). */
export const remittanceConfirmed = <A, O>(m: { outletUnitId: O; amountFen: A }): Movement<A, O> => ({
  kind: "remittance",
  book: m.outletUnitId,
  legs: [
    debit(ACCOUNT.settlementUnified, SYSTEM, m.amountFen),
    credit(ACCOUNT.outletCardCash, m.outletUnitId, m.amountFen),
  ],
});

/** A settlement run returns card funds to an accounting unit's electricity-fee account (资金返还). */
export const cardFundReturned = <A, O>(m: { unitId: O; amountFen: A }): Movement<A, O> => ({
  kind: "settlement_return",
  book: m.unitId,
  legs: [
    debit(ACCOUNT.unitFeeAccount, m.unitId, m.amountFen),
    credit(ACCOUNT.settlementUnified, SYSTEM, m.amountFen),
  ],
});

/** A bill is imported: the customer owes what the accounting unit earned (售电收入). */
export const billIssued = <A, O>(m: {
  customerNo: O;
  accountingUnitId: O;
  amountFen: A;
}): Movement<A, O> => ({
  kind: "bill",
  book: m.customerNo,
  legs: [
    debit(ACCOUNT.electricityReceivable, m.customerNo, m.amountFen),
    credit(ACCOUNT.unitElectricityRevenue, m.accountingUnitId, m.amountFen),
  ],
});

/** Open bills are paid from the prepaid balance (抵缴电费): the liability and the receivable shrink. */
export const billPaidFromBalance = <A, O>(m: { customerNo: O; amountFen: A }): Movement<A, O> => ({
  kind: "bill_payment",
  book: m.customerNo,
  legs: [
    debit(ACCOUNT.customerPrepaid, m.customerNo, m.amountFen),
    credit(ACCOUNT.electricityReceivable, m.customerNo, m.amountFen),
  ],
});

/**
 * A reversal (冲正), first half, in the wrongly credited customer's book: the value leaves the
 * prepaid account for the transit account. The second half (`reversalIn`) is in the right
 * customer's book; both are posted in one database transaction, never as one cross-book entry.
 */
export const reversalOut = <A, O>(m: { customerNo: O; amountFen: A }): Movement<A, O> => ({
  kind: "reversal_out",
  book: m.customerNo,
  legs: [
    debit(ACCOUNT.customerPrepaid, m.customerNo, m.amountFen),
    credit(ACCOUNT.reversalTransit, SYSTEM, m.amountFen),
  ],
});

/** A reversal, second half, in the right customer's book: the value arrives from transit. */
export const reversalIn = <A, O>(m: { customerNo: O; amountFen: A }): Movement<A, O> => ({
  kind: "reversal_in",
  book: m.customerNo,
  legs: [
    debit(ACCOUNT.reversalTransit, SYSTEM, m.amountFen),
    credit(ACCOUNT.customerPrepaid, m.customerNo, m.amountFen),
  ],
});

/** A card recharge undone back to its card (退回): the card is sold-unused again, its value float. */
export const rechargeReturned = <A, O>(m: { customerNo: O; amountFen: A }): Movement<A, O> => ({
  kind: "reversal_return",
  book: m.customerNo,
  legs: [
    debit(ACCOUNT.customerPrepaid, m.customerNo, m.amountFen),
    credit(ACCOUNT.cardFloat, SYSTEM, m.amountFen),
  ],
});

/** A partner top-up undone back to the partner (退回): the partner owes us that much less. */
export const topupReturned = <A, O>(m: {
  customerNo: O;
  partnerClientId: O;
  amountFen: A;
}): Movement<A, O> => ({
  kind: "reversal_return",
  book: m.customerNo,
  legs: [
    debit(ACCOUNT.customerPrepaid, m.customerNo, m.amountFen),
    credit(ACCOUNT.partnerReceivable, m.partnerClientId, m.amountFen),
  ],
});

/** A closed account's balance is refunded (销户退费): owed to the payee until paid out. */
export const closedAccountRefunded = <A, O>(m: { customerNo: O; amountFen: A }): Movement<A, O> => ({
  kind: "refund",
  book: m.customerNo,
  legs: [
    debit(ACCOUNT.customerPrepaid, m.customerNo, m.amountFen),
    credit(ACCOUNT.refundsPayable, SYSTEM, m.amountFen),
  ],
});

/**
 * A refund owed is paid out (退费支付): the bank transfer or the counter's cash leaves the
 * settlement center's unified account, which kept the refunded value (the refund lowered the
 * unit's settlement due). Both accounts are system-wide; the book is the customer's.
 */
export const refundPaidOut = <A, O>(m: { customerNo: O; amountFen: A }): Movement<A, O> => ({
  kind: "refund_payout",
  book: m.customerNo,
  legs: [
    debit(ACCOUNT.refundsPayable, SYSTEM, m.amountFen),
    credit(ACCOUNT.settlementUnified, SYSTEM, m.amountFen),
  ],
});

/** Every movement by name, for the property test that each one balances. */
export const MOVEMENTS = {
  cardRedeemed,
  partnerTopup,
  cardsSold,
  remittanceConfirmed,
  cardFundReturned,
  billIssued,
  billPaidFromBalance,
  reversalOut,
  reversalIn,
  rechargeReturned,
  topupReturned,
  closedAccountRefunded,
  refundPaidOut,
} as const;
