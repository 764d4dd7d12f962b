import type { Db } from "@powercard/db";
import type { PublicOutletListView } from "./public-outlet-view.ts";

/** A province has a few thousand outlets at most: the whole list is one cacheable answer. */
export const MAX_PUBLIC_OUTLETS = 10_000;

/**
 * Every outlet unit of the tree, with its parent bureau and city, for the public page (where
 * cards are sold legitimately). Only public fields: no ids or paths. Address and phone are read
 * from the row as JSON, so they show as soon as the units carry them (null until then).
 */
export async function listPublicOutlets({ ctx }: { ctx: { db: Db } }): Promise<PublicOutletListView> {
  const rows = await ctx.db.query<{
    code: string;
    name: string;
    bureau: string;
    city: string | null;
    address: string | null;
    phone: string | null;
  }>(
    `SELECT o.code, o.name, p.name AS bureau,
            (SELECT c.name FROM org_units c
              WHERE c.kind = 'city' AND o.path LIKE c.path || '%' LIMIT 1) AS city,
            to_jsonb(o) ->> 'address' AS address, to_jsonb(o) ->> 'phone' AS phone
       FROM org_units o JOIN org_units p ON p.id = o.parent_id
      WHERE o.kind = 'outlet'
      ORDER BY city NULLS LAST, p.name, o.name, o.code
      LIMIT $1`,
    [MAX_PUBLIC_OUTLETS],
  );
  return { data: rows };
}
