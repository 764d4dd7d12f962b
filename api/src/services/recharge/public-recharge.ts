import type { Db } from "@powercard/db";
import type { ClientPrincipal } from "../../shared/auth/principal.ts";
import {
  ERROR_CATALOG,
  type ErrorCode,
  type InternalCode,
  PROBLEM_CONTENT_TYPE,
  publicCode,
  renderProblem,
} from "../../shared/errors.ts";
import { maskName } from "../../shared/mask.ts";
import type { StoredResponse } from "../idempotency/stored-response.ts";
import { evaluateWithinLimits, type Limiter, type Refusal } from "../limits/limiter.ts";
import { FAILURE_OUTCOMES, type LimitSubject } from "../limits/limits.ts";
import type { ServiceContext } from "../service-context.ts";
import type { PublicRechargeView } from "./public-recharge-view.ts";
import type { RechargeView } from "./recharge-schema.ts";
import { redeemCard } from "./redeem-card.ts";

/**
 * The caller behind the public recharge page: one fixed identity for every anonymous visitor.
 * It is no channel_clients row and holds no key; its recharges carry channel "web".
 */
export const PUBLIC_WEB_CLIENT: ClientPrincipal = {
  kind: "client",
  id: "web:public",
  name: "Public recharge page",
  channel: "web",
  unitId: null,
  operations: ["recharges:write"],
  rateLimitPerMinute: 0,
};

/**
 * The outcomes answered with one and the same problem, so that nobody learns whether a card
 * number or a customer number exists: an unknown customer, an unknown card, a wrong PIN — and a
 * locked card, which is answered only for an existing customer, so telling it would confirm
 * both. (card_already_used, card_frozen and card_not_sold are told, PIN or not: they say what
 * the public card check says of a card number anyway, and no PIN is compared for them.)
 */
const REFUSED: ReadonlySet<string> = FAILURE_OUTCOMES;

export const REFUSAL_DETAIL =
  "Check the card number, the PIN and the customer number. After 5 wrong PINs a card can no " +
  "longer be used online, by phone or by SMS, but still at a service counter or through your bank; " +
  "if you are sure all three are right, call 95598.";

export interface PublicRechargeInput {
  cardNo: string;
  pin: string;
  customerNo: string;
  idempotencyKey: string;
  /** The caller's address as a limit counts it (limitKeyForAddress). */
  addressKey: string;
}

export type PublicRechargeResult =
  | { limited: Refusal }
  | {
      limited: null;
      status: number;
      contentType: string;
      body: string;
      outcome: string;
      replayed: boolean;
    };

/**
 * A recharge from the public page. Every visitor shares one client id, so their Idempotency-Keys
 * are scoped by the card number: two visitors can only meet in one key space if they name the
 * same card, and then only one of them can hold its PIN. (Not by IP: a phone that changes
 * network between a timeout and its retry must still get its first answer back.)
 *
 * The attempt is counted against the caller's address, the customer number and the card number
 * before it is evaluated; it keeps counting only if it failed. The customer number and the card
 * count these anonymous failures apart from the trusted channels' (services/limits/limits.ts).
 */
export async function publicRecharge({
  ctx,
  limits,
  input,
}: {
  ctx: ServiceContext;
  limits: Limiter;
  input: PublicRechargeInput;
}): Promise<PublicRechargeResult> {
  // The customer number's limit (self-service class) is counted by the recharge statement.
  const subjects: LimitSubject[] = [
    { kind: "ip", value: input.addressKey },
    { kind: "card", value: input.cardNo },
  ];
  const run = await evaluateWithinLimits(
    limits,
    subjects,
    () =>
      redeemCard({
        ctx,
        input: {
          cardNo: input.cardNo,
          pin: input.pin,
          customerNo: input.customerNo,
          idempotencyKey: `${input.cardNo}:${input.idempotencyKey}`,
        },
      }),
    { result: (r) => (r.replayed ? null : r.outcome), error: () => null },
  );
  if (run.limited) return { limited: run.limited };
  const result = run.result;
  if (result.limited) return { limited: result.limited };

  const customerName =
    result.outcome === "succeeded" ? await maskedCustomerName(ctx.db, input.customerNo) : undefined;
  return {
    limited: null,
    ...publicAnswer(result, customerName),
    outcome: result.outcome,
    replayed: result.replayed,
  };
}

/** The answer the page shows: derived from the stored first answer only, so a replay is the same. */
function publicAnswer(result: StoredResponse, customerName: string | undefined) {
  if (result.outcome === "succeeded") {
    const r = JSON.parse(result.body) as RechargeView;
    const body: PublicRechargeView = {
      id: r.id,
      customerNo: r.customerNo,
      customerName: customerName ?? "*",
      cardNo: r.cardNo,
      amountFen: r.amountFen,
      balanceFen: r.balanceFen,
      currency: r.currency,
      createdAt: r.createdAt,
    };
    return { status: 201, contentType: "application/json", body: JSON.stringify(body) };
  }
  const { requestId } = JSON.parse(result.body) as { requestId: string };
  const code: ErrorCode = REFUSED.has(result.outcome)
    ? "recharge_refused"
    : publicCode(result.outcome as InternalCode);
  const detail = code === "recharge_refused" ? REFUSAL_DETAIL : undefined;
  return {
    status: ERROR_CATALOG[code].status,
    contentType: PROBLEM_CONTENT_TYPE,
    body: renderProblem(code, requestId, detail),
  };
}

async function maskedCustomerName(db: Db, customerNo: string): Promise<string> {
  const [row] = await db.query<{ name: string }>("SELECT name FROM customers WHERE customer_no = $1", [
    customerNo,
  ]);
  return row ? maskName(row.name) : "*";
}
