import { type AnyColumn, and, desc, eq, lt, or, type SQL } from "drizzle-orm";
import { decodeCursor, encodeCursor } from "../../shared/cursor.ts";

/** What every list takes: `?limit=&cursor=` (the limit is capped by the route's schema). */
export interface PageRequest {
  limit: number;
  cursor?: string;
}

export interface Page<T> {
  rows: T[];
  nextCursor: string | null;
}

/** Where a row stands in the list: its time and id, the keyset a cursor encodes. */
export type KeysetPosition = { at: Date; id: string };

/** The two columns a list is ordered by, newest first: a time and a unique id to break ties. */
export interface Keyset {
  at: AnyColumn;
  id: AnyColumn;
}

/** What the list's own query is given: it adds `where` to its filters and runs the rest as is. */
export interface PageQuery {
  /** Rows strictly after the cursor in the list's order; undefined on the first page. */
  where: SQL | undefined;
  orderBy: [SQL, SQL];
  /** One row more than the page, to know without a count whether another page follows. */
  limit: number;
  /** The cursor's position, for a list written in raw SQL (null on the first page). */
  after: KeysetPosition | null;
}

/**
 * One page of a keyset-paginated list, newest first: decodes the cursor (a bad one is a 400
 * validation error), builds `(at, id) < (cursor)` and the matching order, lets `fetch` run the
 * query with `limit + 1` rows, and returns the page with the cursor of the next one (null on the
 * last page). Keyset, not OFFSET: a page costs the same however deep it is, and rows inserted
 * meanwhile never shift a page.
 */
export async function keysetPage<T>(
  request: PageRequest,
  keyset: Keyset,
  fetch: (query: PageQuery) => Promise<T[]>,
  positionOf: (row: T) => KeysetPosition,
): Promise<Page<T>> {
  const after = request.cursor ? decodeCursor(request.cursor) : null;
  const fetched = await fetch({
    where: after
      ? or(lt(keyset.at, after.at), and(eq(keyset.at, after.at), lt(keyset.id, after.id)))
      : undefined,
    orderBy: [desc(keyset.at), desc(keyset.id)],
    limit: request.limit + 1,
    after,
  });
  return cutPage(fetched, request.limit, (last) => encodeCursor(positionOf(last)));
}

/**
 * The page out of `limit + 1` fetched rows, and the next cursor (from the page's last row) when
 * the extra row shows there is more. Also for lists with a cursor of their own (the audit log).
 */
export function cutPage<T>(fetched: T[], limit: number, cursorOf: (last: T) => string): Page<T> {
  const rows = fetched.slice(0, limit);
  const last = rows[rows.length - 1];
  return { rows, nextCursor: fetched.length > limit && last !== undefined ? cursorOf(last) : null };
}
