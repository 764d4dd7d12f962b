import type { ContentfulStatusCode } from "hono/utils/http-status";

/**
 * Every error a client can receive, by stable machine code. The portal's error table is
 * generated from this list, so a new code is documented the moment it exists.
 */
export const ERROR_CATALOG = {
  validation_failed: { status: 400, title: "The request is not valid" },
  malformed_json: { status: 400, title: "The request body is not valid JSON" },
  idempotency_key_missing: { status: 400, title: "Idempotency-Key header is required" },
  idempotency_key_invalid: { status: 400, title: "Idempotency-Key must be 1–255 printable characters" },
  password_too_weak: {
    status: 400,
    title: "The new password must have at least 12 characters and differ from the old one",
  },
  unauthenticated: { status: 401, title: "Missing or invalid credentials" },
  invalid_client: { status: 401, title: "Client authentication failed" },
  api_key_not_accepted: {
    status: 401,
    title: "Partners authenticate with an OAuth access token, not an API key",
  },
  unsupported_grant_type: { status: 400, title: "Only grant_type=client_credentials is supported" },
  invalid_scope: { status: 400, title: "The requested scope is not allowed for this client" },
  invalid_credentials: {
    status: 401,
    title: "Wrong username or password, or the account is temporarily locked",
  },
  forbidden: { status: 403, title: "Not allowed for this client" },
  not_found: { status: 404, title: "No such resource" },
  customer_not_found: { status: 404, title: "No such customer" },
  user_not_found: { status: 404, title: "No such user" },
  client_not_found: { status: 404, title: "No such channel client" },
  key_not_found: { status: 404, title: "No such key" },
  invalid_key: { status: 400, title: "The key is not an acceptable public JWK" },
  unit_not_found: { status: 404, title: "No such unit" },
  approval_not_found: { status: 404, title: "No such approval request" },
  card_not_found_for_staff: { status: 404, title: "No such card in your units" },
  recharge_not_found: { status: 404, title: "No such recharge" },
  topup_not_found: { status: 404, title: "No such top-up" },
  business_date_in_future: {
    status: 400,
    title: "That business day has not begun yet (Asia/Shanghai): there is nothing to report",
  },
  card_not_sold: { status: 409, title: "The card has not been sold and cannot be used yet" },
  card_already_used: { status: 409, title: "The card has already been used" },
  card_frozen: { status: 409, title: "The card is frozen after being reported lost or stolen; ask staff" },
  idempotency_in_progress: { status: 409, title: "A request with this Idempotency-Key is still running" },
  partner_reference_reused: {
    status: 409,
    title: "This partnerReference was already used for another top-up; nothing was booked",
  },
  account_closed: {
    status: 409,
    title:
      "This electricity account is closed (销户) and takes no recharge; nothing was charged. Call 95598 or visit a service counter",
  },
  payload_too_large: { status: 413, title: "The request body is too large" },
  unsupported_media_type: {
    status: 415,
    title: "Send the body as application/json (a bill file as text/csv)",
  },
  idempotency_key_reused: { status: 422, title: "This Idempotency-Key was used with a different request" },
  pin_incorrect: { status: 422, title: "The card number or PIN is incorrect" },
  recharge_refused: {
    status: 422,
    title: "The recharge was refused: the card number, PIN or customer number is not right",
  },
  rate_limited: {
    status: 429,
    title: "Too many requests or failed attempts; retry after Retry-After seconds",
  },
  segregation_of_duties: { status: 409, title: "These roles may not be held by one person in one unit" },
  approval_not_pending: { status: 409, title: "The request has already been decided" },
  approval_self_decision: { status: 403, title: "The maker of a request cannot approve or reject it" },
  username_taken: { status: 409, title: "This username is taken" },
  client_has_no_api_key: {
    status: 409,
    title: "Partners have no API key: they authenticate with a registered public key",
  },
  card_not_locked: { status: 409, title: "The card is not locked" },
  production_request_unit_invalid: { status: 422, title: "Only a city bureau requests cards" },
  production_request_not_open: { status: 409, title: "A request is not open or not in your units" },
  production_plan_not_found: { status: 404, title: "No such production plan" },
  production_plan_not_orderable: {
    status: 409,
    title: "Only an approved plan without an order can be ordered",
  },
  manufacturer_not_found: { status: 404, title: "No such manufacturer" },
  production_order_not_found: { status: 404, title: "No such production order" },
  card_file_not_found: { status: 404, title: "No such card file in this order" },
  card_file_already_acknowledged: { status: 409, title: "This card file has already been acknowledged" },
  acknowledgement_invalid: {
    status: 422,
    title:
      "The acknowledgement is not signed by the order's manufacturer or does not match the order, its card count and its file hash",
  },
  card_range_invalid: { status: 400, title: "The card number range is not valid" },
  card_range_not_eligible: {
    status: 409,
    title: "Not every card of the range can make this move; nothing was changed",
  },
  // Custody: shipments, receipts and distribution transfers.
  shipment_not_found: { status: 404, title: "No such shipment in your units" },
  shipment_order_not_found: { status: 404, title: "No cards of this production order in your units" },
  shipment_destination_invalid: { status: 422, title: "A shipment goes to a city bureau of your units" },
  cartons_overlap: { status: 400, title: "The card ranges of one request must not overlap" },
  carton_already_received: {
    status: 409,
    title: "A carton of this receipt has already been received; nothing was changed",
  },
  unit_disabled: { status: 409, title: "The unit is disabled: it receives no cards and sells none" },
  unit_has_active_staff: {
    status: 409,
    title: "The unit still has active staff: disable them or move them to another unit first",
  },
  unit_holds_cards: {
    status: 409,
    title: "The unit still holds cards (in stock, on their way to it, frozen or scrapped): move them first",
  },
  transfer_not_found: { status: 404, title: "No such card transfer in your units" },
  transfer_target_invalid: {
    status: 422,
    title: "Cards go to a direct child unit, or to a clerk of the sending unit or of a child unit",
  },
  transfer_already_received: { status: 409, title: "This transfer has already been received" },
  transfer_receiver_is_sender: { status: 403, title: "The sender of a transfer cannot receive it" },
  transfer_receiver_invalid: {
    status: 403,
    title: "Only the addressed clerk, or a card admin of the receiving unit, can receive this transfer",
  },
  // Sale, freeze, scrap and destruction.
  card_expired_for_sale: {
    status: 409,
    title: "Cards past their batch's sell-by date cannot be sold; send them to scrap. Nothing was sold",
  },
  sale_not_found: { status: 404, title: "No such card sale in your units" },
  // Funds: sales remittance.
  remittance_not_found: { status: 404, title: "No such remittance in your units" },
  remittance_exceeds_unremitted: {
    status: 409,
    title: "The amount exceeds what the outlet sold and has not yet remitted; nothing was declared",
  },
  remittance_bank_reference_taken: {
    status: 409,
    title: "This bank reference is already declared for this outlet",
  },
  remittance_not_pending: { status: 409, title: "The remittance has already been confirmed or rejected" },
  remittance_self_decision: {
    status: 403,
    title: "The person who declared a remittance cannot confirm or reject it",
  },
  // Funds: card-fund return (settlement runs).
  settlement_run_not_found: { status: 404, title: "No such settlement run" },
  settlement_period_not_finished: {
    status: 422,
    title: "Only a finished Asia/Shanghai month can be settled",
  },
  settlement_run_exists: {
    status: 409,
    title: "This period already has a settlement run awaiting a decision or approved",
  },
  settlement_run_pending: {
    status: 409,
    title: "Another settlement run awaits a decision; only one run can be undecided at a time",
  },
  // Customers from the marketing system.
  customer_file_invalid: {
    status: 400,
    title: "The customer file cannot be read: its header or CSV structure is not valid",
  },
  // Corrections: reversal cases (冲正/退回) and closed-account refunds (销户退费).
  credit_not_found: { status: 404, title: "No such recharge or top-up of a customer in your units" },
  reversal_case_not_found: { status: 404, title: "No such reversal case in your units" },
  reversal_window_passed: {
    status: 409,
    title: "The credit is older than the reversal window the utility allows; nothing was opened",
  },
  reversal_window_passed_at_approval: {
    status: 409,
    title: "The reversal window closed while the case awaited its approval; nothing moved — reject the case",
  },
  reversal_case_exists: {
    status: 409,
    title: "This credit already has a reversal case awaiting a decision or executed",
  },
  reversal_value_spent: {
    status: 409,
    title:
      "The credited value is no longer unspent in the account (its balance is below the amount); nothing moved",
  },
  reversal_target_invalid: {
    status: 422,
    title: "The right customer must be another existing account that is not closed",
  },
  refund_case_not_found: { status: 404, title: "No such refund case in your units" },
  refund_account_not_closed: { status: 409, title: "Only a closed account's balance is refunded" },
  refund_nothing_to_refund: { status: 409, title: "The closed account has no balance to refund" },
  refund_case_exists: {
    status: 409,
    title: "This account already has a refund case awaiting a decision or executed",
  },
  refund_balance_changed: {
    status: 409,
    title: "The account's balance is no longer the amount of the case; reject it and open a new one",
  },
  refund_not_executed: {
    status: 409,
    title: "The refund case is not approved and executed, so nothing is owed to pay out yet",
  },
  refund_already_paid_out: { status: 409, title: "This refund's payout is already recorded" },
  refund_payout_by_maker: {
    status: 409,
    title: "The payout is recorded by someone other than the clerk who opened the case",
  },
  report_range_invalid: { status: 400, title: "The report's date range is not valid" },
  movement_position_ahead: {
    status: 400,
    title: "The feed has no movement at that position yet: pass a `next` this feed returned",
  },
  card_locked: { status: 423, title: "The card is locked after too many wrong PINs; ask staff to unlock it" },
  internal_error: { status: 500, title: "Internal error" },
  overloaded: {
    status: 503,
    title:
      "This instance is at capacity and did nothing with the request; retry after Retry-After seconds, with the same Idempotency-Key",
  },
  service_unavailable: {
    status: 503,
    title:
      "The service cannot reach its database right now; retry after Retry-After seconds, with the same Idempotency-Key",
  },
  // Answered by the balancer in front of several instances (deploy/haproxy/errors/), never by an instance.
  upstream_failed: {
    status: 502,
    title:
      "The API instance stopped before it answered; the request may have been done: look it up by Idempotency-Key, or resend it with the same key",
  },
  upstream_timeout: {
    status: 504,
    title:
      "The API instance did not answer in time; the request may have been done: look it up by Idempotency-Key, or resend it with the same key",
  },
} as const satisfies Record<string, { status: ContentfulStatusCode; title: string }>;

export type ErrorCode = keyof typeof ERROR_CATALOG;

/**
 * Codes that exist inside the system but are answered to clients as another code, so that an
 * answer never tells more than it should. `card_not_found` must look exactly like a wrong PIN,
 * or card numbers could be probed.
 */
export const PUBLIC_ALIASES = { card_not_found: "pin_incorrect" } as const satisfies Record<
  string,
  ErrorCode
>;
export type InternalCode = ErrorCode | keyof typeof PUBLIC_ALIASES;

export function publicCode(code: InternalCode): ErrorCode {
  return code in PUBLIC_ALIASES ? PUBLIC_ALIASES[code as keyof typeof PUBLIC_ALIASES] : (code as ErrorCode);
}

export interface FieldError {
  field: string;
  message: string;
}

/** A domain error: services throw it, the error handler renders it as problem+json. */
export class DomainError extends Error {
  readonly code: ErrorCode;
  readonly internalCode: InternalCode;
  readonly status: ContentfulStatusCode;
  readonly fieldErrors?: FieldError[];

  constructor(code: InternalCode, options: { detail?: string; fieldErrors?: FieldError[] } = {}) {
    const visible = publicCode(code);
    super(options.detail ?? ERROR_CATALOG[visible].title);
    this.code = visible;
    this.internalCode = code;
    this.status = ERROR_CATALOG[visible].status;
    this.fieldErrors = options.fieldErrors;
  }
}

export const PROBLEM_CONTENT_TYPE = "application/problem+json";

/**
 * RFC 9457 problem document. Rendered from (code, requestId, detail) alone and with a fixed key
 * order, so a replayed idempotent error is byte-for-byte the first one.
 */
export function renderProblem(
  code: ErrorCode,
  requestId: string,
  detail: string = ERROR_CATALOG[code].title,
  fieldErrors?: FieldError[],
): string {
  const { status, title } = ERROR_CATALOG[code];
  return JSON.stringify({
    type: `urn:powercard:problem:${code}`,
    title,
    status,
    detail,
    code,
    requestId,
    ...(fieldErrors ? { errors: fieldErrors } : {}),
  });
}
