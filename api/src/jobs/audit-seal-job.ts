import type { Db } from "@powercard/db";
import { sealAuditChain } from "../services/audit/seal-audit-chain.ts";
import type { Job } from "./job.ts";

/** The audit hash chain is sealed a few seconds behind the writes, off the request path. */
export function auditSealJob({ db }: { db: Db }): Job {
  return {
    name: "audit chain sealing",
    intervalMs: 5_000,
    // AUDIT_SEAL_LOCK_KEY: one sealer at a time across processes; the next one finds the rows sealed.
    lock: "advisory-lock",
    async run({ now }) {
      await sealAuditChain(db, now);
    },
  };
}
