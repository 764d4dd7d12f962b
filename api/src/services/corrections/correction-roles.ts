import type { StaffRole } from "@powercard/db";

/**
 * Who opens and who approves corrections. Counter clerks open them: they meet the customer and
 * check the evidence (the receipt, the card, the right 户号). A fund administrator approves: the
 * person accountable for the money of the unit, never the clerk who asked (maker ≠ checker, also
 * a CHECK on the approvals table). No new role: a clerk at an outlet already works the counter,
 * and segregation of duties (card_admin ≠ fund_admin) keeps the card keeper out of both.
 */
export const CORRECTION_MAKER_ROLES = ["clerk"] as const satisfies readonly StaffRole[];
export const REVERSAL_CHECKER_ROLE: StaffRole = "fund_admin";
export const REFUND_CHECKER_ROLE: StaffRole = "fund_admin";
/** Who records a refund's payout: the fund administrator, who answers for the money leaving. */
export const REFUND_PAYOUT_ROLES = ["fund_admin"] as const satisfies readonly StaffRole[];
/** Who may read cases: the makers, the checkers and audit. */
export const CORRECTION_READER_ROLES = [
  "clerk",
  "fund_admin",
  "auditor",
] as const satisfies readonly StaffRole[];
