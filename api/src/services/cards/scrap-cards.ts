import { sql } from "drizzle-orm";
import type { UserPrincipal } from "../../shared/auth/principal.ts";
import type { ServiceContext } from "../service-context.ts";
import { moveRangeInScope } from "./move-range-in-scope.ts";
import type { RangeKey } from "./range-action-key.ts";

export const SCRAP_SET = sql`state = 'scrapped'`;

/**
 * Scraps unsold stock: damaged cards, and cards past their batch's sell-by date (which may not
 * be sold). Custody stays with the unit until the range is destroyed after a second card
 * administrator approves (request-card-destruction.ts).
 */
export function scrapCards({
  ctx,
  input,
  key,
}: {
  ctx: ServiceContext & { actor: UserPrincipal };
  input: { firstCardNo: string; lastCardNo: string; reason: string };
  key?: RangeKey;
}) {
  return moveRangeInScope(ctx, { action: "scrap", input, set: SCRAP_SET }, key);
}
