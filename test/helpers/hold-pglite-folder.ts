import { createDb } from "@powercard/db";

/**
 * A separate process that opens an embedded database folder (and so holds its lock) until it is
 * killed: the "other Powercard process" of test/db/pglite-folder-lock.test.ts.
 */
const dataDir = process.argv[2];
if (!dataDir) throw new Error("usage: hold-pglite-folder.ts <dataDir>");
const db = await createDb({ dataDir });
await db.query("SELECT 1");
process.stdout.write("holding\n");
setInterval(() => {}, 60_000);
