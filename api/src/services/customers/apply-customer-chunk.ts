import { type Orm, resultRows } from "@powercard/db";
import { sql } from "drizzle-orm";
import { newId } from "../../shared/ids.ts";
import type { AuditActor } from "../audit/record-audit-event.ts";
import type { CustomerRow } from "./customer-import-row.ts";

/** What one chunk changed. */
export interface ChunkCounts {
  created: number;
  updated: number;
  unchanged: number;
  moved: number;
  closed: number;
}

/**
 * Rows of one chunk, one per customer (the newest version wins; on a tie the later line), in
 * customer order so that concurrent imports lock customers in the same order and cannot deadlock.
 */
export function oneRowPerCustomer(rows: readonly CustomerRow[]): CustomerRow[] {
  const newest = new Map<string, CustomerRow>();
  for (const row of rows) {
    const seen = newest.get(row.customerNo);
    if (!seen || row.sourceVersion >= seen.sourceVersion) newest.set(row.customerNo, row);
  }
  return [...newest.values()].sort((a, b) => (a.customerNo < b.customerNo ? -1 : 1));
}

/**
 * Applies one chunk of checked rows as ONE statement (so every row is applied whole or not at
 * all, and a chunk of thousands costs one round trip). Read it top to bottom:
 *
 *  incoming  the rows, from one jsonb parameter (works alike on PostgreSQL and PGlite);
 *  existing  the customers they name, locked, as they were before this statement;
 *  changes   the rows whose version is newer than the stored one (or a new customer): a row
 *            already applied, or older than what is stored, changes nothing — so a file sent
 *            twice is a no-op and an old file never overwrites a newer one;
 *  upserted  the customer row: closed_at set when it becomes closed (kept while it stays closed),
 *            cleared when reopened; the version guard again in DO UPDATE, for a concurrent import;
 *  account   a new customer gets its prepaid account (balance 0);
 *  history   a new customer opens its first period; a move closes the open period at the move's
 *            effective time and opens the next (a move dated at or before the open period began
 *            relabels that period instead: periods never overlap or shrink to nothing). The
 *            "one open period" exclusion constraint is deferred, so the close and the open may
 *            run in either order inside the statement;
 *  audit     one event for the chunk, with its counts.
 */
export async function applyCustomerChunk(
  tx: Orm,
  args: {
    rows: readonly CustomerRow[];
    importId: string;
    now: Date;
    requestId: string | null;
    actor: AuditActor;
  },
): Promise<ChunkCounts> {
  const { rows, importId, now, requestId, actor } = args;
  const at = now.toISOString();
  const incoming = JSON.stringify(
    rows.map((r) => ({
      customer_no: r.customerNo,
      name: r.name,
      phone: r.phone,
      address: r.address,
      accounting_unit_id: r.accountingUnitId,
      status: r.status,
      source_version: r.sourceVersion,
      effective_from: r.effectiveFrom,
    })),
  );
  const [counts] = resultRows<Record<keyof ChunkCounts, unknown>>(
    await tx.execute(sql`
      WITH
      incoming AS MATERIALIZED (
        SELECT * FROM jsonb_to_recordset(${incoming}::jsonb) AS r(
          customer_no text, name text, phone text, address text, accounting_unit_id text,
          status text, source_version bigint, effective_from timestamptz)
      ),
      existing AS MATERIALIZED (
        SELECT c.customer_no, c.accounting_unit_id, c.status, c.closed_at, c.source_version
          FROM customers c WHERE c.customer_no IN (SELECT customer_no FROM incoming)
         ORDER BY c.customer_no
           FOR UPDATE
      ),
      changes AS MATERIALIZED (
        SELECT i.*, e.customer_no IS NULL AS is_new,
               e.customer_no IS NOT NULL AND e.accounting_unit_id <> i.accounting_unit_id AS is_move,
               i.status = 'closed' AND e.status IS DISTINCT FROM 'closed' AS is_closing,
               COALESCE(i.effective_from, ${at}::timestamptz) AS moved_at,
               CASE WHEN i.status = 'closed' THEN COALESCE(e.closed_at, ${at}::timestamptz) END AS closed_at
          FROM incoming i LEFT JOIN existing e ON e.customer_no = i.customer_no
         WHERE e.customer_no IS NULL OR e.source_version IS NULL OR e.source_version < i.source_version
      ),
      upserted AS (
        INSERT INTO customers (customer_no, name, phone, address, accounting_unit_id, status, closed_at,
                               source_version, created_at)
        SELECT customer_no, name, phone, address, accounting_unit_id, status, closed_at, source_version,
               ${at}::timestamptz
          FROM changes
        ON CONFLICT (customer_no) DO UPDATE
           SET name = EXCLUDED.name, phone = EXCLUDED.phone, address = EXCLUDED.address,
               accounting_unit_id = EXCLUDED.accounting_unit_id, status = EXCLUDED.status,
               closed_at = CASE WHEN EXCLUDED.status = 'closed' THEN COALESCE(customers.closed_at, EXCLUDED.closed_at) END,
               source_version = EXCLUDED.source_version
         WHERE customers.source_version IS NULL OR customers.source_version < EXCLUDED.source_version
      ),
      account AS (
        INSERT INTO accounts (customer_no, balance_fen, created_at, updated_at)
        SELECT customer_no, 0, ${at}::timestamptz, ${at}::timestamptz FROM changes WHERE is_new
        ON CONFLICT (customer_no) DO NOTHING
      ),
      open_period AS MATERIALIZED (
        SELECT h.customer_no, h.effective_from
          FROM customer_unit_history h JOIN changes ch ON ch.customer_no = h.customer_no
         WHERE ch.is_move AND h.effective_to IS NULL
      ),
      period_closed AS (
        UPDATE customer_unit_history h SET effective_to = ch.moved_at
          FROM changes ch JOIN open_period o ON o.customer_no = ch.customer_no
         WHERE h.customer_no = o.customer_no AND h.effective_from = o.effective_from AND ch.moved_at > o.effective_from
      ),
      period_relabelled AS (
        UPDATE customer_unit_history h SET accounting_unit_id = ch.accounting_unit_id
          FROM changes ch JOIN open_period o ON o.customer_no = ch.customer_no
         WHERE h.customer_no = o.customer_no AND h.effective_from = o.effective_from AND ch.moved_at <= o.effective_from
      ),
      period_opened AS (
        INSERT INTO customer_unit_history (customer_no, effective_from, accounting_unit_id)
        SELECT ch.customer_no, ch.moved_at, ch.accounting_unit_id
          FROM changes ch LEFT JOIN open_period o ON o.customer_no = ch.customer_no
         WHERE ch.is_new OR (ch.is_move AND (o.customer_no IS NULL OR ch.moved_at > o.effective_from))
        ON CONFLICT (customer_no, effective_from) DO NOTHING
      ),
      counts AS (
        SELECT count(*) FILTER (WHERE is_new)::int AS created,
               count(*) FILTER (WHERE NOT is_new)::int AS updated,
               ((SELECT count(*) FROM incoming) - count(*))::int AS unchanged,
               count(*) FILTER (WHERE is_move)::int AS moved,
               count(*) FILTER (WHERE is_closing)::int AS closed
          FROM changes
      ),
      audit AS (
        INSERT INTO audit_events (id, occurred_at, actor_type, actor_id, action, object_type, object_id, request_id, after)
        SELECT ${newId.auditEvent()}::text, ${at}::timestamptz, ${actor.type}::text, ${actor.id}::text,
               'customers.imported', 'customer_import', ${importId}::text, ${requestId}::text,
               jsonb_build_object('created', created, 'updated', updated, 'unchanged', unchanged,
                                  'moved', moved, 'closed', closed,
                                  'firstCustomerNo', (SELECT min(customer_no) FROM incoming),
                                  'lastCustomerNo', (SELECT max(customer_no) FROM incoming))
          FROM counts
      )
      SELECT * FROM counts`),
  );
  const n = (value: unknown) => Number(value ?? 0);
  return {
    created: n(counts?.created),
    updated: n(counts?.updated),
    unchanged: n(counts?.unchanged),
    moved: n(counts?.moved),
    closed: n(counts?.closed),
  };
}
