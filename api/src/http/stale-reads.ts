import { z } from "@hono/zod-openapi";
import type { Context, MiddlewareHandler } from "hono";
import type { AppEnv } from "./app-env.ts";
import { countRead, type ReadSource } from "./replica-reads.ts";

/**
 * Routes that may read stale data: reports, their CSV/XLSX files and history lists, declared
 * `staleReads: true` in defineRoute (the list is STALE_READ_ROUTES). Their reads go through
 * `readStale`, which reads the replica when it is fresh enough (http/replica-reads.ts) and says in
 * two headers what was read. Every other route reads the primary, `deps.db`: nothing that decides
 * about money (recharge, verify, limits, idempotency, settlement runs, approvals, imports), nor
 * the movement feed, whose cursor must never go back, ever reads a replica.
 */
export const DATA_AS_OF_HEADER = "Powercard-Data-As-Of";
export const DATA_SOURCE_HEADER = "Powercard-Data-Source";

/** "METHOD /path" of every route declared `staleReads`: the routes that may read the replica. */
export const STALE_READ_ROUTES = new Set<string>();

/** The headers of a stale-read route's answers, as the spec documents them. */
export const STALE_READ_HEADERS = z.object({
  [DATA_AS_OF_HEADER]: z.string().openapi({
    format: "date-time",
    example: "2026-12-04T02:15:07.120Z",
    description:
      "How fresh the answer is (RFC 3339): it holds every change committed before this time. From a streaming " +
      "replica, the time of the last transaction it replayed (its clock when it has replayed all it received); " +
      "from the primary, when the read began.",
  }),
  [DATA_SOURCE_HEADER]: z
    .enum(["replica", "primary", "primary;fallback=lagging", "primary;fallback=unreachable"])
    .openapi({
      description:
        "Which database answered: `replica`; `primary` (no replica is configured); or, when a replica is but " +
        "was not read, `primary;fallback=lagging` (more than DATABASE_REPLICA_MAX_LAG_MS behind) or " +
        "`primary;fallback=unreachable` (out of reach).",
    }),
});

export const STALE_READS_NOTE =
  "Stale reads allowed: this may be served by a streaming replica at most `DATABASE_REPLICA_MAX_LAG_MS` " +
  "(default 10 s) behind the primary; the `Powercard-Data-As-Of` header says how fresh the answer is.";

/** Marks the request as one of a stale-read route: the middleware defineRoute adds to those routes. */
export const allowStaleReads: MiddlewareHandler<AppEnv> = async (c, next) => {
  c.set("staleReadsAllowed", true);
  await next();
};

/**
 * Runs `read` with a context whose `db` is the replica when it is fresh enough, else the primary;
 * a read the replica fails (away, too slow, cancelled by replay) is made again on the primary,
 * so the replica never turns an answer into an error. Only for routes declared `staleReads`.
 */
export async function readStale<C extends { db: unknown }, T>(
  c: Context<AppEnv>,
  ctx: C,
  read: (ctx: C) => Promise<T>,
): Promise<T> {
  if (!c.get("staleReadsAllowed"))
    throw new Error(`${c.req.method} ${c.req.routePath} reads stale data without being declared staleReads`);
  const reads = c.get("replicaReads");
  const chosen = await reads.choose();
  let served = chosen;
  try {
    return await readOn(c, chosen, ctx, read);
  } catch (error) {
    if (chosen.served !== "replica" || !reads.failed(error)) throw error;
    served = reads.primary("unreachable");
    return await readOn(c, served, ctx, read);
  } finally {
    // Once per read, by where it was finally served (a replica failure then the primary is one read).
    countRead(served);
  }
}

function readOn<C extends { db: unknown }, T>(
  c: Context<AppEnv>,
  source: ReadSource,
  ctx: C,
  read: (ctx: C) => Promise<T>,
): Promise<T> {
  c.header(DATA_AS_OF_HEADER, source.asOf.toISOString());
  const fallback = source.served === "primary" && source.fallback ? `;fallback=${source.fallback}` : "";
  c.header(DATA_SOURCE_HEADER, `${source.served}${fallback}`);
  return read({ ...ctx, db: source.db });
}
