import type { Db } from "@powercard/db";

/** The feed's last position (0 while it is empty). */
export async function feedHead(db: Pick<Db, "query">): Promise<number> {
  const [row] = await db.query<{ head: unknown }>(
    "SELECT COALESCE(MAX(position), 0) AS head FROM account_movements",
  );
  return Number(row?.head ?? 0);
}
