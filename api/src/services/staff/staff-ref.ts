import { z } from "@hono/zod-openapi";
import { type Orm, staffUsers } from "@powercard/db";
import { inArray } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";

/**
 * A staff user named in another record (the maker of a request, who sent a transfer, who decided
 * a remittance): the id for programs, the display name and username for people. Deliberately not a
 * named component: a nullable named one types as `StaffRef & (… | null)` in the generated client.
 */
export const StaffRefSchema = z.object({
  id: z.string().openapi({ example: "usr_01jq3v6k9xf0b8e4mz7t2c5n1r" }),
  username: z.string().openapi({ example: "hz01.clerk" }),
  displayName: z.string().openapi({ example: "城区营业员" }),
});
export type StaffRef = z.infer<typeof StaffRefSchema>;

/** A second (or third) copy of staff_users to join by another column of the same row. */
export const staffAlias = (name: string) => alias(staffUsers, name);
type StaffTable = ReturnType<typeof staffAlias>;

/** The columns of a StaffRef from a joined copy of staff_users (left-joined: all null when absent). */
export const staffRefColumns = (t: StaffTable) => ({
  id: t.id,
  username: t.username,
  displayName: t.displayName,
});

/** A left join's StaffRef: drizzle gives null for the whole object when the row names nobody. */
export const staffRefOrNull = (
  ref: { id: string | null; username: string | null; displayName: string | null } | null,
): StaffRef | null =>
  ref?.id && ref.username !== null && ref.displayName !== null
    ? { id: ref.id, username: ref.username, displayName: ref.displayName }
    : null;

/** The calling staff user as a StaffRef (the maker of what they just requested). */
export const staffRefOf = (user: { id: string; username: string; displayName: string }): StaffRef => ({
  id: user.id,
  username: user.username,
  displayName: user.displayName,
});

/**
 * The StaffRefs of the staff ids a list of records names, in one query; an id that is no staff
 * user (a manufacturer's client, say) is absent from the map.
 */
export async function staffRefs(orm: Pick<Orm, "select">, ids: readonly (string | null)[]) {
  const wanted = [...new Set(ids.filter((id): id is string => !!id))];
  const rows = wanted.length
    ? await orm
        .select({ id: staffUsers.id, username: staffUsers.username, displayName: staffUsers.displayName })
        .from(staffUsers)
        .where(inArray(staffUsers.id, wanted))
    : [];
  const byId = new Map(rows.map((r) => [r.id, r]));
  return (id: string | null): StaffRef | null => (id ? (byId.get(id) ?? null) : null);
}
