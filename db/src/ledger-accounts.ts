/**
 * The chart of accounts of the one ledger. An entry names an account code and an owner (a
 * customer number, a unit id, or '' for a system-wide account). Amounts are signed: debit +,
 * credit −. Liabilities and the customer's prepaid balance therefore carry negative sums; the
 * balance shown to a customer is the negated sum of their `customer_prepaid` entries.
 */
export const LEDGER_ACCOUNTS = {
  /** Asset, per outlet: cash taken for cards sold and not yet remitted (售卡款). */
  outletCardCash: "outlet_card_cash",
  /** Liability, system-wide: value of sold cards not yet recharged (卡沉淀资金). No balance row. */
  cardFloat: "card_float",
  /** Liability, per customer: the prepaid recharge account (充值账户). */
  customerPrepaid: "customer_prepaid",
  /** Asset, per partner client: money a bank or telco took for direct top-ups and owes us. */
  partnerReceivable: "partner_receivable",
} as const;

export type LedgerAccount = (typeof LEDGER_ACCOUNTS)[keyof typeof LEDGER_ACCOUNTS];
