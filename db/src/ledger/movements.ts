import { LEDGER_ACCOUNTS as ACCOUNT } from "../ledger-accounts.ts";
import { type Movement, SYSTEM, twoLegs } from "./movement.ts";

/**
 * Every movement of value Powercard books, one function each: read a function to see what its
 * business event debits and credits (see the chart of accounts, db/src/ledger-accounts.ts). Each
 * is posted as one balanced transaction, by post-movements.ts (values) or movement-sql.ts (one
 * statement). `A` is the amount in fen, `O` an owner (customer number, unit id, client id).
 */

/** A card is recharged into a customer's prepaid account: the float of sold cards shrinks. */
export const cardRedeemed = <A, O>(m: { customerNo: O; amountFen: A }): Movement<A, O> =>
  twoLegs({
    kind: "recharge",
    book: m.customerNo,
    amount: m.amountFen,
    debit: [ACCOUNT.cardFloat, SYSTEM],
    credit: [ACCOUNT.customerPrepaid, m.customerNo],
  });

/** A partner took the money itself and credits the customer: the partner now owes it to us. */
export const partnerTopup = <A, O>(m: { customerNo: O; partnerClientId: O; amountFen: A }): Movement<A, O> =>
  twoLegs({
    kind: "topup",
    book: m.customerNo,
    amount: m.amountFen,
    debit: [ACCOUNT.partnerReceivable, m.partnerClientId],
    credit: [ACCOUNT.customerPrepaid, m.customerNo],
  });

/** An outlet sells cards: it holds their cash, and their value becomes rechargeable float. */
export const cardsSold = <A, O>(m: { outletUnitId: O; amountFen: A }): Movement<A, O> =>
  twoLegs({
    kind: "card_sale",
    book: m.outletUnitId,
    amount: m.amountFen,
    debit: [ACCOUNT.outletCardCash, m.outletUnitId],
    credit: [ACCOUNT.cardFloat, SYSTEM],
  });

/** The settlement center found an outlet's remittance on its bank statement (售卡解款). */
export const remittanceConfirmed = <A, O>(m: { outletUnitId: O; amountFen: A }): Movement<A, O> =>
  twoLegs({
    kind: "remittance",
    book: m.outletUnitId,
    amount: m.amountFen,
    debit: [ACCOUNT.settlementUnified, SYSTEM],
    credit: [ACCOUNT.outletCardCash, m.outletUnitId],
  });

/** A settlement run returns card funds to an accounting unit's electricity-fee account (资金返还). */
export const cardFundReturned = <A, O>(m: { unitId: O; amountFen: A }): Movement<A, O> =>
  twoLegs({
    kind: "settlement_return",
    book: m.unitId,
    amount: m.amountFen,
    debit: [ACCOUNT.unitFeeAccount, m.unitId],
    credit: [ACCOUNT.settlementUnified, SYSTEM],
  });

/** A bill is imported: the customer owes what the accounting unit earned (售电收入). */
export const billIssued = <A, O>(m: { customerNo: O; accountingUnitId: O; amountFen: A }): Movement<A, O> =>
  twoLegs({
    kind: "bill",
    book: m.customerNo,
    amount: m.amountFen,
    debit: [ACCOUNT.electricityReceivable, m.customerNo],
    credit: [ACCOUNT.unitElectricityRevenue, m.accountingUnitId],
  });

/** Open bills are paid from the prepaid balance (抵缴电费): the liability and the receivable shrink. */
export const billPaidFromBalance = <A, O>(m: { customerNo: O; amountFen: A }): Movement<A, O> =>
  twoLegs({
    kind: "bill_payment",
    book: m.customerNo,
    amount: m.amountFen,
    debit: [ACCOUNT.customerPrepaid, m.customerNo],
    credit: [ACCOUNT.electricityReceivable, m.customerNo],
  });

/**
 * A reversal (冲正), first half, in the wrongly credited customer's book: the value leaves the
 * prepaid account for the transit account. The second half (`reversalIn`) is in the right
 * customer's book; both are posted in one database transaction, never as one cross-book entry.
 */
export const reversalOut = <A, O>(m: { customerNo: O; amountFen: A }): Movement<A, O> =>
  twoLegs({
    kind: "reversal_out",
    book: m.customerNo,
    amount: m.amountFen,
    debit: [ACCOUNT.customerPrepaid, m.customerNo],
    credit: [ACCOUNT.reversalTransit, SYSTEM],
  });

/** A reversal, second half, in the right customer's book: the value arrives from transit. */
export const reversalIn = <A, O>(m: { customerNo: O; amountFen: A }): Movement<A, O> =>
  twoLegs({
    kind: "reversal_in",
    book: m.customerNo,
    amount: m.amountFen,
    debit: [ACCOUNT.reversalTransit, SYSTEM],
    credit: [ACCOUNT.customerPrepaid, m.customerNo],
  });

/** A card recharge undone back to its card (退回): the card is sold-unused again, its value float. */
export const rechargeReturned = <A, O>(m: { customerNo: O; amountFen: A }): Movement<A, O> =>
  twoLegs({
    kind: "reversal_return",
    book: m.customerNo,
    amount: m.amountFen,
    debit: [ACCOUNT.customerPrepaid, m.customerNo],
    credit: [ACCOUNT.cardFloat, SYSTEM],
  });

/** A partner top-up undone back to the partner (退回): the partner owes us that much less. */
export const topupReturned = <A, O>(m: { customerNo: O; partnerClientId: O; amountFen: A }): Movement<A, O> =>
  twoLegs({
    kind: "reversal_return",
    book: m.customerNo,
    amount: m.amountFen,
    debit: [ACCOUNT.customerPrepaid, m.customerNo],
    credit: [ACCOUNT.partnerReceivable, m.partnerClientId],
  });

/** A closed account's balance is refunded (销户退费): owed to the payee until paid out. */
export const closedAccountRefunded = <A, O>(m: { customerNo: O; amountFen: A }): Movement<A, O> =>
  twoLegs({
    kind: "refund",
    book: m.customerNo,
    amount: m.amountFen,
    debit: [ACCOUNT.customerPrepaid, m.customerNo],
    credit: [ACCOUNT.refundsPayable, SYSTEM],
  });

/**
 * A refund owed is paid out (退费支付): the bank transfer or the counter's cash leaves the
 * settlement center's unified account, which kept the refunded value (the refund lowered the
 * unit's settlement due). Both accounts are system-wide; the book is the customer's.
 */
export const refundPaidOut = <A, O>(m: { customerNo: O; amountFen: A }): Movement<A, O> =>
  twoLegs({
    kind: "refund_payout",
    book: m.customerNo,
    amount: m.amountFen,
    debit: [ACCOUNT.refundsPayable, SYSTEM],
    credit: [ACCOUNT.settlementUnified, SYSTEM],
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
