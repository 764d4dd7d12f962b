// `npm run audit:verify` — checks the audit hash chain and exits 0 when intact, 1 when broken,
// 2 when it could not check. Read-only: it neither seals pending events nor migrates, so it can
// be pointed at a production database or a restored backup without changing it.
import { createDb } from "@powercard/db";
import { loadEnv } from "../src/env.ts";
import { verifyAuditChain } from "../src/services/audit/verify-audit-chain.ts";

async function main(): Promise<number> {
  const env = loadEnv();
  const db = await createDb(
    env.DATABASE_URL ? { url: env.DATABASE_URL, maxConnections: 1 } : { dataDir: `${env.DATA_DIR}/pglite` },
  );
  try {
    const [tables] = await db.query<{ chain: string | null }>(
      "SELECT to_regclass('audit_chain')::text AS chain",
    );
    if (!tables?.chain) {
      // A database that was never migrated has no audit trail, hence nothing to contradict it.
      console.log(
        "audit chain ok: 0 links checked, 0 events unsealed (no audit tables: database not migrated)",
      );
      return 0;
    }
    const report = await verifyAuditChain(db);
    const pending = `${report.unsealed} event(s) unsealed`;
    if (report.ok) {
      console.log(`audit chain ok: ${report.checked} links checked, ${pending}`);
      return 0;
    }
    const broken = report.firstBroken;
    console.log(
      `audit chain BROKEN at position ${broken?.position}: ${broken?.reason}` +
        ` (event ${broken?.eventId ?? "unknown"}); ${report.checked} links intact before it, ${pending}`,
    );
    return 1;
  } finally {
    await db.close();
  }
}

// Exit 1 means "broken" only: any failure to check (configuration, connection) is 2.
const exitCode = await main().catch((error: Error) => {
  console.error(`audit chain could not be verified: ${error.message}`);
  return 2;
});
process.exit(exitCode);
