// `npm run db:migrate`: applies migrations to DATABASE_URL, or to the embedded database folder.
import { createDb } from "./client.ts";
import { migrate } from "./migrate.ts";

const url = process.env.DATABASE_URL;
const dataDir = process.env.PGLITE_DATA_DIR ?? new URL("../../.data/pglite", import.meta.url).pathname;
const db = await createDb(url ? { url } : { dataDir });
try {
  await migrate(db);
  console.log(`migrations applied to ${url ? "PostgreSQL" : dataDir}`);
} finally {
  await db.close();
}
