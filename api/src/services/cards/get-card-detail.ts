import { type CardState, resultRows, toDate, toFen } from "@powercard/db";
import { sql } from "drizzle-orm";
import type { UserPrincipal } from "../../shared/auth/principal.ts";
import { DomainError } from "../../shared/errors.ts";
import { maskCustomerNo } from "../../shared/mask.ts";
import type { ServiceContext } from "../service-context.ts";
import { staffRefs } from "../staff/staff-ref.ts";
import { withinUnit } from "../units/unit-scope.ts";
import type { CardDetailView, CardHistoryEntry } from "./card-detail-view.ts";
import { CARD_DESTRUCTION } from "./request-card-destruction.ts";

type Row = Record<string, unknown>;
const iso = (v: unknown) => toDate(v).toISOString();
const isoOrNull = (v: unknown) => (v == null ? null : iso(v));
const str = (v: unknown) => (v == null ? null : String(v));
const unitRef = (id: unknown, name: unknown) => (id == null ? null : { id: String(id), name: String(name) });

/** Range audit events (one per range operation) that name a card by covering it. */
const RANGE_EVENTS: Record<string, CardHistoryEntry["event"]> = {
  "cards.sold": "sold",
  "cards.freeze": "frozen",
  "cards.unfreeze": "unfrozen",
  "cards.scrap": "scrapped",
  "cards.destroy": "destroyed",
};

/**
 * One card for staff: its state, batch, custody, sale, the recharge that used it (the customer
 * number masked) and its history, oldest first. The card must be owned by a unit of the caller's
 * subtree; any other card — of another branch of the tree, or none at all — is 404
 * `card_not_found_for_staff`, so existence is not revealed. PIN material is never selected.
 *
 * The history is read from the records each movement already writes: shipment cartons and
 * transfers (custody), range audit events (sale, freeze, scrap, destroy), approvals (destruction,
 * unlock requests) and the recharge. Ranges are matched by `BETWEEN` on the 16-digit numbers.
 */
export async function getCardDetail({
  ctx,
  input,
}: {
  ctx: Pick<ServiceContext, "db"> & { actor: UserPrincipal };
  input: { cardNo: string };
}): Promise<CardDetailView> {
  const { cardNo } = input;
  const [card] = resultRows<Row>(
    await ctx.db.orm.execute(sql`
      SELECT c.card_no, c.state, c.state_before_freeze, c.state_before_lock, c.face_value_fen,
             c.batch_id, b.sell_by, c.owner_unit_id, u.name AS owner_unit_name,
             c.holder_user_id, h.display_name AS holder_name, c.sale_id, c.sold_at,
             s.outlet_unit_id, o.name AS outlet_name, s.clerk_id, s.business_date,
             c.used_by_customer_no, c.used_by_recharge_id, c.used_at,
             c.failed_pin_attempts, c.locked_at, c.updated_at
        FROM cards c
        JOIN org_units u ON u.id = c.owner_unit_id
        LEFT JOIN card_batches b ON b.id = c.batch_id
        LEFT JOIN staff_users h ON h.id = c.holder_user_id
        LEFT JOIN card_sales s ON s.id = c.sale_id
        LEFT JOIN org_units o ON o.id = s.outlet_unit_id
       WHERE c.card_no = ${cardNo} AND ${withinUnit(sql`u.path`, ctx.actor.unitPath)}`),
  );
  if (!card) throw new DomainError("card_not_found_for_staff");

  const recharge = card.used_by_recharge_id
    ? resultRows<Row>(
        await ctx.db.orm.execute(sql`
          SELECT id, customer_no, channel, amount_fen, created_at FROM recharges
           WHERE customer_no = ${card.used_by_customer_no} AND id = ${card.used_by_recharge_id}`),
      )[0]
    : undefined;

  const history: HistoryFact[] = [
    ...(await custodyHistory(ctx, cardNo)),
    ...(await recordedHistory(ctx, cardNo)),
  ];
  if (recharge) {
    history.push({
      ...NO_PARTIES,
      at: iso(recharge.created_at),
      event: "used",
      reference: String(recharge.id),
    });
  }
  history.sort((a, b) => a.at.localeCompare(b.at));
  const person = await staffRefs(ctx.db.orm, [...history.map((h) => h.byUserId), str(card.clerk_id)]);

  return {
    cardNo: String(card.card_no),
    state: card.state as CardState,
    stateBeforeFreeze: (card.state_before_freeze as CardState | null) ?? null,
    stateBeforeLock: (card.state_before_lock as CardState | null) ?? null,
    faceValueFen: toFen(card.face_value_fen),
    batch: { id: String(card.batch_id), sellBy: str(card.sell_by) },
    ownerUnit: { id: String(card.owner_unit_id), name: String(card.owner_unit_name) },
    holder: card.holder_user_id
      ? { id: String(card.holder_user_id), displayName: String(card.holder_name) }
      : null,
    sale:
      card.sale_id && card.outlet_unit_id
        ? {
            id: String(card.sale_id),
            outletUnit: { id: String(card.outlet_unit_id), name: String(card.outlet_name) },
            clerkId: String(card.clerk_id),
            clerk: person(str(card.clerk_id)),
            businessDate: String(card.business_date),
            soldAt: iso(card.sold_at),
          }
        : null,
    recharge: recharge
      ? {
          id: String(recharge.id),
          usedAt: iso(card.used_at ?? recharge.created_at),
          customerNo: maskCustomerNo(String(recharge.customer_no)),
          channel: String(recharge.channel),
          amountFen: toFen(recharge.amount_fen),
        }
      : null,
    failedPinAttempts: Number(card.failed_pin_attempts),
    lockedAt: isoOrNull(card.locked_at),
    updatedAt: iso(card.updated_at),
    history: history.map((h) => ({ ...h, by: person(h.byUserId) })),
  };
}

/** A history entry before its people are named (one staff lookup for them all). */
type HistoryFact = Omit<CardHistoryEntry, "by">;

const NO_PARTIES = { fromUnit: null, toUnit: null, toUser: null, byUserId: null, reason: null };

/** Shipment cartons and transfers whose range holds the card: each is a send and a receipt. */
async function custodyHistory(ctx: Pick<ServiceContext, "db">, cardNo: string): Promise<HistoryFact[]> {
  const rows = resultRows<Row>(
    await ctx.db.orm.execute(sql`
      SELECT 'shipment' AS kind, s.id, NULL AS from_id, NULL AS from_name, s.to_unit_id AS to_id,
             tu.name AS to_name, NULL AS to_user_id, NULL AS to_user_name,
             s.created_at AS sent_at, s.created_by AS sent_by, sc.received_at, sc.received_by
        FROM shipment_cartons sc JOIN shipments s ON s.id = sc.shipment_id
        JOIN org_units tu ON tu.id = s.to_unit_id
       WHERE ${cardNo} BETWEEN sc.first_card_no AND sc.last_card_no
      UNION ALL
      SELECT 'transfer', t.id, t.from_unit_id, fu.name, t.to_unit_id, tu.name, t.to_user_id,
             su.display_name, t.sent_at, t.sent_by, t.received_at, t.received_by
        FROM card_transfers t JOIN org_units fu ON fu.id = t.from_unit_id
        JOIN org_units tu ON tu.id = t.to_unit_id
        LEFT JOIN staff_users su ON su.id = t.to_user_id
       WHERE ${cardNo} BETWEEN t.first_card_no AND t.last_card_no`),
  );
  return rows.flatMap((r): HistoryFact[] => {
    const shipment = r.kind === "shipment";
    const parties = {
      fromUnit: unitRef(r.from_id, r.from_name),
      toUnit: unitRef(r.to_id, r.to_name),
      toUser: r.to_user_id ? { id: String(r.to_user_id), displayName: String(r.to_user_name) } : null,
      reason: null,
      reference: String(r.id),
    };
    const sent: HistoryFact = {
      ...parties,
      at: iso(r.sent_at),
      event: shipment ? "shipped" : "transfer_sent",
      byUserId: str(r.sent_by),
    };
    if (!r.received_at) return [sent];
    return [
      sent,
      {
        ...parties,
        at: iso(r.received_at),
        event: shipment ? "received" : "transfer_received",
        byUserId: str(r.received_by),
      },
    ];
  });
}

/** Range audit events covering the card, and the approvals asked for it (destruction, unlock). */
async function recordedHistory(ctx: Pick<ServiceContext, "db">, cardNo: string): Promise<HistoryFact[]> {
  const actions = Object.keys(RANGE_EVENTS);
  const rows = resultRows<Row>(
    await ctx.db.orm.execute(sql`
      SELECT action, occurred_at AS at, actor_id AS by_id, object_type, object_id,
             after->>'reason' AS reason, after->>'approvalId' AS approval_id
        FROM audit_events
       WHERE action IN (${sql.join(
         actions.map((a) => sql`${a}`),
         sql`, `,
       )})
         AND ${cardNo} BETWEEN after->>'firstCardNo' AND after->>'lastCardNo'
      UNION ALL
      SELECT CASE kind WHEN ${CARD_DESTRUCTION} THEN 'destruction_requested' ELSE 'unlock_requested' END,
             created_at, maker_id, 'approval', id, payload->>'reason', id
        FROM approvals
       WHERE (kind = ${CARD_DESTRUCTION} AND ${cardNo} BETWEEN payload->>'firstCardNo' AND payload->>'lastCardNo')
          OR (kind = 'card_unlock' AND object_id = ${cardNo})`),
  );
  return rows.map((r) => ({
    ...NO_PARTIES,
    at: iso(r.at),
    event: RANGE_EVENTS[String(r.action)] ?? (String(r.action) as CardHistoryEntry["event"]),
    byUserId: str(r.by_id),
    reason: str(r.reason),
    reference: r.object_type === "card_range" ? str(r.approval_id) : str(r.object_id),
  }));
}
