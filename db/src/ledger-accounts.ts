/**
 * The chart of accounts of the one ledger. An entry names an account code and an owner (a
 * customer number, a unit id, a client id, or '' for a system-wide account). Amounts are signed:
 * debit +, credit −. Assets carry positive sums, liabilities negative ones; the balance shown to
 * a customer is the negated sum of their `customer_prepaid` entries.
 *
 * | account                    | kind      | owner           | what moves it                                  |
 * | -------------------------- | --------- | --------------- | ---------------------------------------------- |
 * | `outlet_card_cash`         | asset     | outlet unit id  | + card sale; − remittance confirmed            |
 * | `settlement_unified`       | asset     | ''              | + remittance confirmed; − card-fund return;    |
 * |                            |           |                 | − refund paid out                              |
 * | `unit_fee_account`         | asset     | accounting unit | + card-fund return (the unit's 电费账户)       |
 * | `electricity_receivable`   | asset     | customer number | + bill imported; − bill paid from balance      |
 * | `partner_receivable`       | asset     | partner client  | + top-up; − partner settles*                   |
 * | `card_float`               | liability | ''              | − card sale; + recharge                        |
 * | `customer_prepaid`         | liability | customer number | − recharge, − top-up; + bill paid from balance |
 * | `unit_electricity_revenue` | revenue   | accounting unit | − bill imported (electricity billed, 售电收入) |
 * | `reversal_transit`         | liability | ''              | − reversal out; + reversal in (nets to zero)   |
 * | `refunds_payable`          | liability | ''              | − closed-account refund; + refund paid out     |
 *
 * (*) booked by a later slice of the funds work (partner settlement). A card-fund return is
 * booked in the receiving unit's book by the approval of a settlement run. Each
 * movement is one balanced transaction. System accounts ('' owner) have no running-balance row,
 * so no shared hot row exists: their balances are sums of entries; `accounts.balance_fen` keeps
 * the negated `customer_prepaid` sum of each customer, checked against its entries by tests.
 */
export const LEDGER_ACCOUNTS = {
  /** Asset, per outlet: cash taken for cards sold and not yet remitted (售卡款). */
  outletCardCash: "outlet_card_cash",
  /** Asset, system-wide: the settlement center's unified bank account (统一账户), remitted cash. */
  settlementUnified: "settlement_unified",
  /** Asset, per accounting unit: its electricity-fee account (电费账户), fed by card-fund returns. */
  unitFeeAccount: "unit_fee_account",
  /** Liability, system-wide: value of sold cards not yet recharged (卡沉淀资金). No balance row. */
  cardFloat: "card_float",
  /** Liability, per customer: the prepaid recharge account (充值账户). */
  customerPrepaid: "customer_prepaid",
  /** Asset, per partner client: money a bank or telco took for direct top-ups and owes us. */
  partnerReceivable: "partner_receivable",
  /** Asset, per customer: electricity billed and not yet paid (应收电费). */
  electricityReceivable: "electricity_receivable",
  /**
   * Revenue, per accounting unit: electricity billed to its customers (售电收入), the credit side
   * of a bill's recognition. Billing makes the customer owe (receivable) what the unit earned.
   */
  unitElectricityRevenue: "unit_electricity_revenue",
  /**
   * Liability, system-wide: value taken back from a wrongly credited account on its way to the
   * right one (冲正过渡). A reversal's two transactions, one in each customer's book, meet here,
   * so no transaction ever spans two books; after a reversal its sum is back where it was.
   */
  reversalTransit: "reversal_transit",
  /**
   * Liability, system-wide: the balances of closed accounts refunded (销户退费), owed to the
   * payee until the bank transfer or the counter's cash pays them out.
   */
  refundsPayable: "refunds_payable",
} as const;

export type LedgerAccount = (typeof LEDGER_ACCOUNTS)[keyof typeof LEDGER_ACCOUNTS];
