import { type SQL, type SQLWrapper, sql } from "drizzle-orm";

/**
 * The unit-scope rule, in SQL: a unit lies in the subtree at `unitPath` when its path starts
 * with that path (paths are the ancestor ids, "/unt_a/unt_b/"). A staff member sees only the
 * objects of their unit's subtree. `starts_with`, never LIKE: unit ids contain `_`, which LIKE
 * reads as "any character", so a unit would also see a sibling whose id differs only there.
 *
 * `path` is a path column (`orgUnits.path`) or, in hand-written SQL, an alias (sql`u.path`);
 * `unitPath` a path (usually the actor's) or another path expression (sql`a.path`).
 * The same rule for a path already read is `inScope` in shared/auth/principal.ts.
 */
export const withinUnit = (path: SQLWrapper, unitPath: string | SQLWrapper): SQL =>
  sql`starts_with(${path}, ${unitPath}::text)`;

/**
 * Whether the user works at the root of the tree (the province): only there do objects that
 * belong to no unit show (channel recharges' audit events, clients without a unit).
 */
export const atTreeRoot = (user: { unitPath: string }): boolean =>
  user.unitPath.split("/").filter(Boolean).length === 1;
