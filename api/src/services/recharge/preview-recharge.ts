import type { Channel, Db } from "@powercard/db";
import type { Principal } from "../../shared/auth/principal.ts";
import { DomainError } from "../../shared/errors.ts";
import { maskAddress, maskCustomerNo, maskName } from "../../shared/mask.ts";
import { cardRefusal, findCardStatus } from "../cards/find-card-status.ts";
import type { Refusal } from "../limits/limiter.ts";
import { countLookup, type LookupSubject, lookupClientMax } from "../limits/lookup-limits.ts";
import type { PreviewRefusal, RechargePreviewView } from "./recharge-preview-view.ts";

export interface PreviewInput {
  customerNo: string;
  cardNo?: string;
  /** The recharge channel the preview is for (a card closed to self-service is so only there). */
  channel: Channel;
  /** Who the look-up counts against: publicPreviewSubjects or callerPreviewSubjects. */
  subjects: LookupSubject[];
}

/** The public page: per address and per customer number, as the IVR's confirm step would be. */
export const publicPreviewSubjects = (addressKey: string, customerNo: string): LookupSubject[] => [
  { kind: "preview_ip", value: addressKey },
  { kind: "preview_customer", value: customerNo },
];

/** A channel client (partner, IVR, …) per client, scaled to its traffic; a clerk per clerk. */
export const callerPreviewSubjects = (principal: Principal): LookupSubject[] =>
  principal.kind === "user"
    ? [{ kind: "preview_clerk", value: principal.id }]
    : [{ kind: "preview_client", value: principal.id, max: lookupClientMax(principal.rateLimitPerMinute) }];

/**
 * Before any money moves, whose account a recharge goes to — the masked 户号, 户名 and address —
 * and, given a card number, the card's face value and whether it can be used. No PIN is asked
 * or told, and nothing is written but the look-up's count: one service for the public page, the
 * counter and the partner API, each door with its own limit (lookup-limits.ts). An unknown
 * customer number is 404 `customer_not_found`: telling it is what a preview is for, which is why
 * every look-up counts.
 */
export async function previewRecharge({
  ctx,
  input,
}: {
  ctx: { db: Db; now: Date };
  input: PreviewInput;
}): Promise<{ limited: Refusal } | { limited: null; preview: RechargePreviewView }> {
  const verdict = await countLookup(ctx, input.subjects);
  if (verdict.limited) return { limited: verdict };

  const [customer, card] = await Promise.all([
    findCustomer(ctx.db, input.customerNo),
    input.cardNo === undefined
      ? undefined
      : findCardStatus({ ctx, input: { cardNo: input.cardNo, channel: input.channel } }),
  ]);
  if (!customer) throw new DomainError("customer_not_found");
  const acceptsRecharge = customer.status !== "closed";
  const refusal: PreviewRefusal | null = !acceptsRecharge
    ? "account_closed"
    : card
      ? cardRefusal(card.status)
      : null;
  return {
    limited: null,
    preview: {
      customer: {
        customerNo: maskCustomerNo(input.customerNo),
        name: maskName(customer.name),
        address: customer.address ? maskAddress(customer.address) : null,
        acceptsRecharge,
      },
      ...(card ? { card } : {}),
      canRecharge: refusal === null,
      refusal,
    },
  };
}

/** The customer's name, status and address (the address comes from the marketing system's import). */
async function findCustomer(db: Db, customerNo: string) {
  const [row] = await db.query<{ name: string; status: string; address: string | null }>(
    "SELECT c.name, c.status, c.address FROM customers c WHERE c.customer_no = $1",
    [customerNo],
  );
  return row ?? null;
}
