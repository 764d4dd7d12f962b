import { type CardState, isValidCardNo, toFen } from "@powercard/db";
import { maskCustomerNo } from "../../shared/mask.ts";
import { type FailureClass, failureClassOf } from "../limits/limits.ts";
import type { ServiceContext } from "../service-context.ts";
import type { CardStatusView, PublicCardStatus } from "./card-status-view.ts";
import { MAX_PIN_ATTEMPTS } from "./wrong-pin.sql.ts";

type CardRow = {
  state: CardState;
  face_value_fen: unknown;
  self_service_failed_pin_attempts: number;
  used_at: Date | null;
  used_by_customer_no: string | null;
};

/** A card's public status for a caller of the given failure class (the self-service lockout is theirs only). */
function statusOf(row: CardRow, failureClass: FailureClass): PublicCardStatus {
  switch (row.state) {
    case "generated":
    case "in_transit":
    case "in_stock":
    case "in_transfer":
      return "unsold";
    case "sold":
      return failureClass === "self_service" && row.self_service_failed_pin_attempts >= MAX_PIN_ATTEMPTS
        ? "locked_online"
        : "sold_unused";
    case "used":
      return "used";
    case "locked":
      return "locked";
    case "frozen":
      return "frozen";
    case "scrapped":
    case "destroyed":
      return "void";
  }
}

const notGenuine = (cardNo: string, checkDigitValid: boolean): CardStatusView => ({
  cardNo,
  genuine: false,
  checkDigitValid,
  status: "not_genuine",
  faceValueFen: null,
  usedAt: null,
  usedByCustomerNo: null,
});

/**
 * What a card number alone tells: one read of the card row by its primary key. A number whose
 * check digit fails is answered without a look-up. `channel` is the caller's: a card closed to
 * the self-service channels is `locked_online` only for them.
 */
export async function findCardStatus({
  ctx,
  input,
}: {
  ctx: Pick<ServiceContext, "db">;
  input: { cardNo: string; channel: Parameters<typeof failureClassOf>[0] };
}): Promise<CardStatusView> {
  if (!isValidCardNo(input.cardNo)) return notGenuine(input.cardNo, false);
  const [row] = await ctx.db.query<CardRow>(
    `SELECT state, face_value_fen, self_service_failed_pin_attempts, used_at, used_by_customer_no
       FROM cards WHERE card_no = $1`,
    [input.cardNo],
  );
  if (!row) return notGenuine(input.cardNo, true);
  const status = statusOf(row, failureClassOf(input.channel));
  return {
    cardNo: input.cardNo,
    genuine: true,
    checkDigitValid: true,
    status,
    faceValueFen: toFen(row.face_value_fen),
    usedAt: status === "used" && row.used_at ? new Date(row.used_at).toISOString() : null,
    usedByCustomerNo:
      status === "used" && row.used_by_customer_no ? maskCustomerNo(row.used_by_customer_no) : null,
  };
}

/** Whether a recharge of this card can go ahead, and if not the recharge error code it would meet. */
export function cardRefusal(status: PublicCardStatus) {
  const refusals = {
    not_genuine: "card_not_genuine",
    unsold: "card_not_sold",
    sold_unused: null,
    locked_online: "card_locked",
    locked: "card_locked",
    frozen: "card_frozen",
    used: "card_already_used",
    void: "card_void",
  } as const satisfies Record<PublicCardStatus, string | null>;
  return refusals[status];
}
