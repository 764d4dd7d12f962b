import type { UserPrincipal } from "../../shared/auth/principal.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import type { TxContext } from "../tx-context.ts";
import type { RangeMoved } from "./card-lifecycle.ts";
import type { CardRange } from "./card-range.ts";

/**
 * One audit event per range operation — the range, how many cards and their value — never one
 * per card: a 100,000-card sale is one record, like its one statement.
 */
export function recordRangeAudit(
  tc: TxContext & { actor: Pick<UserPrincipal, "id" | "unitId"> },
  event: {
    action: string;
    range: CardRange;
    moved: RangeMoved;
    /** The business record, when there is one (a sale); else the range names the object. */
    object?: { type: string; id: string };
    unitId?: string;
    details?: Record<string, unknown>;
  },
) {
  const { range, moved } = event;
  const { actor } = tc;
  return recordAuditEvent(
    { ...tc, actor: { type: "user", id: actor.id } },
    {
      action: event.action,
      objectType: event.object?.type ?? "card_range",
      objectId: event.object?.id ?? `${range.firstCardNo}-${range.lastCardNo}`,
      unitId: event.unitId ?? actor.unitId,
      after: {
        firstCardNo: range.firstCardNo,
        lastCardNo: range.lastCardNo,
        cardCount: moved.count,
        valueFen: moved.valueFen,
        ...event.details,
      },
    },
  );
}
