/**
 * Every kind of maker-checker request, in one list: `requestApproval` accepts only these, and the
 * handler registry (approval-decisions/approval-handlers.ts) must name each, so a misspelt kind
 * fails to compile instead of being approved with nothing done. The column is plain text; nothing
 * else writes it.
 */
export const APPROVAL_KINDS = [
  "production_plan",
  "card_unlock",
  "card_destruction",
  "settlement_run",
  "credit_reversal",
  "account_refund",
] as const;
export type ApprovalKind = (typeof APPROVAL_KINDS)[number];

export const isApprovalKind = (kind: string): kind is ApprovalKind =>
  (APPROVAL_KINDS as readonly string[]).includes(kind);
