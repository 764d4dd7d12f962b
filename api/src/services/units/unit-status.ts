import { type Orm, orgUnits, resultRows } from "@powercard/db";
import { eq, sql } from "drizzle-orm";
import { DomainError } from "../../shared/errors.ts";

type Tx = Pick<Orm, "select" | "execute">;

/**
 * Refuses a movement of cards into or at a disabled unit (a transfer to it, its receipt, a
 * shipment, a sale). It reads the unit's row FOR SHARE inside the movement's transaction, so it
 * waits for a disabling being decided (setUnitStatus locks the row FOR UPDATE) and a unit is
 * never disabled with cards arriving that its checks did not see.
 */
export async function assertUnitActive(tx: Tx, unitId: string): Promise<void> {
  const [unit] = await tx
    .select({ name: orgUnits.name, status: orgUnits.status })
    .from(orgUnits)
    .where(eq(orgUnits.id, unitId))
    .for("share");
  if (unit?.status === "disabled")
    throw new DomainError("unit_disabled", {
      detail: `${unit.name} is disabled: it receives no cards and sells none.`,
    });
}

/** Card states in which a unit keeps a card (not sold, used or destroyed), for the disabling refusal. */
const CUSTODY_STATES = sql`('in_transit', 'in_stock', 'in_transfer', 'frozen', 'scrapped')`;

/**
 * What keeps a unit from being disabled: its active staff, and the cards in its custody or on
 * their way to it (a transfer sent and not yet received, a locked card taken from its stock).
 */
export async function disablingRefusal(tx: Tx, unitId: string): Promise<DomainError | null> {
  const [row] = resultRows<{ staff: number; cards: number; incoming: number }>(
    await tx.execute(sql`
      SELECT (SELECT count(*)::int FROM staff_users WHERE unit_id = ${unitId} AND status = 'active') AS staff,
             (SELECT count(*)::int FROM cards
               WHERE owner_unit_id = ${unitId}
                 AND (state IN ${CUSTODY_STATES} OR (state = 'locked' AND state_before_lock <> 'sold'))) AS cards,
             (SELECT coalesce(sum(card_count), 0)::int FROM card_transfers
               WHERE to_unit_id = ${unitId} AND state = 'sent') AS incoming`),
  );
  const { staff = 0, cards = 0, incoming = 0 } = row ?? {};
  if (staff > 0)
    return new DomainError("unit_has_active_staff", {
      detail: `${staff} active staff user(s) still belong to the unit: disable them or move them first.`,
    });
  if (cards + incoming > 0)
    return new DomainError("unit_holds_cards", {
      detail: `The unit holds ${cards} card(s) and ${incoming} more are on their way to it: move them first.`,
    });
  return null;
}
