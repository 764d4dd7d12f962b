// `node api/dist/migrate.js` (production) or `npm run migrate -w @powercard/api`: applies the
// committed migrations to the database the server would use (DATABASE_URL, else the embedded one
// in DATA_DIR), with the server's configuration. The server applies them at start too; this is
// for running them first, as the owner role (docs portal, operations/deployment).
import { openConfiguredDb } from "./open-configured-db.ts";

const db = await openConfiguredDb();
await db.close();
console.log(`migrations applied (${db.kind === "postgres" ? "PostgreSQL" : "embedded PGlite"})`);
