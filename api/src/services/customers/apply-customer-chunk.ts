import { type Db, resultRows } from "@powercard/db";
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

const INCOMING_COLUMNS =
  sql.raw(`customer_no text, name text, phone text, address text, accounting_unit_id text,
  status text, source_version bigint, effective_from timestamptz`);

/**
 * Applies one chunk of checked rows in one transaction of three statements (so every row is
 * applied whole or not at all, and a chunk of thousands costs three round trips):
 *
 *  1. created   the customers not known yet are inserted, each with its prepaid account (balance 0)
 *               and its first accounting-unit period. ON CONFLICT DO NOTHING waits for a concurrent
 *               import inserting the same customer and then leaves it to statements 2 and 3, which see it.
 *  2. locked    the others, in customer order (concurrent imports cannot deadlock), so that
 *  3. changed   sees what the imports before it committed for them:
 *     changes   the rows whose version is newer than the stored one — a row already applied, or
 *               older than what is stored, changes nothing, so a file sent twice is a no-op and an
 *               old file never overwrites a newer one;
 *     updated   the customer row: closed_at set when it becomes closed (kept while it stays
 *               closed), cleared when reopened;
 *     periods   a move closes the open period at the move's effective time and opens the next (a
 *               move dated at or before the open period began relabels that period instead:
 *               periods never overlap or shrink to nothing). The "one open period" exclusion
 *               constraint is deferred to the commit, so the close and the open may run in either
 *               order inside the statement;
 *     audit     one event for the chunk, with its counts.
 */
export async function applyCustomerChunk(
  db: Db,
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
  const json = (list: readonly CustomerRow[]) =>
    JSON.stringify(
      list.map((r) => ({
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
  return db.orm.transaction(async (tx) => {
    const created = resultRows<{ customer_no: string; closed: boolean }>(
      await tx.execute(sql`
        WITH
        incoming AS MATERIALIZED (SELECT * FROM jsonb_to_recordset(${json(rows)}::jsonb) AS r(${INCOMING_COLUMNS})),
        created AS (
          INSERT INTO customers (customer_no, name, phone, address, accounting_unit_id, status, closed_at,
                                 source_version, created_at)
          SELECT customer_no, name, phone, address, accounting_unit_id, status,
                 CASE WHEN status = 'closed' THEN ${at}::timestamptz END, source_version, ${at}::timestamptz
            FROM incoming ORDER BY customer_no
          ON CONFLICT (customer_no) DO NOTHING
          RETURNING customer_no, accounting_unit_id, status
        ),
        account AS (
          INSERT INTO accounts (customer_no, balance_fen, created_at, updated_at)
          SELECT customer_no, 0, ${at}::timestamptz, ${at}::timestamptz FROM created
        ),
        first_period AS (
          INSERT INTO customer_unit_history (customer_no, effective_from, accounting_unit_id)
          SELECT c.customer_no, COALESCE(i.effective_from, ${at}::timestamptz), c.accounting_unit_id
            FROM created c JOIN incoming i ON i.customer_no = c.customer_no
        )
        SELECT customer_no, status = 'closed' AS closed FROM created`),
    );
    const createdNos = new Set(created.map((c) => c.customer_no));
    const known = rows.filter((r) => !createdNos.has(r.customerNo));
    const createdClosed = created.filter((c) => c.closed).length;
    // The known customers are locked first, in customer order, by a statement of their own. In
    // READ COMMITTED a statement that waits for a row lock still reads every other table as of
    // its own start: the changes statement would then miss the periods an import that held these
    // customers had just committed (and open a second period). Started after the locks, it sees them.
    if (known.length > 0)
      await tx.execute(sql`
        SELECT 1 FROM customers
         WHERE customer_no IN (SELECT jsonb_array_elements_text(${JSON.stringify(known.map((r) => r.customerNo))}::jsonb))
         ORDER BY customer_no FOR UPDATE`);
    const [counts] = resultRows<Record<"updated" | "moved" | "closed", unknown>>(
      await tx.execute(sql`
        WITH
        incoming AS MATERIALIZED (SELECT * FROM jsonb_to_recordset(${json(known)}::jsonb) AS r(${INCOMING_COLUMNS})),
        existing AS MATERIALIZED (
          SELECT c.customer_no, c.accounting_unit_id, c.status, c.closed_at, c.source_version
            FROM customers c WHERE c.customer_no IN (SELECT customer_no FROM incoming)
           ORDER BY c.customer_no
             FOR UPDATE
        ),
        changes AS MATERIALIZED (
          SELECT i.*, e.accounting_unit_id <> i.accounting_unit_id AS is_move,
                 i.status = 'closed' AND e.status <> 'closed' AS is_closing,
                 COALESCE(i.effective_from, ${at}::timestamptz) AS moved_at,
                 CASE WHEN i.status = 'closed' THEN COALESCE(e.closed_at, ${at}::timestamptz) END AS closed_at
            FROM incoming i JOIN existing e ON e.customer_no = i.customer_no
           WHERE e.source_version IS NULL OR e.source_version < i.source_version
        ),
        updated AS (
          UPDATE customers c
             SET name = ch.name, phone = ch.phone, address = ch.address, accounting_unit_id = ch.accounting_unit_id,
                 status = ch.status, closed_at = ch.closed_at, source_version = ch.source_version
            FROM changes ch
           WHERE c.customer_no = ch.customer_no
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
           WHERE ch.is_move AND (o.customer_no IS NULL OR ch.moved_at > o.effective_from)
        ),
        counts AS (
          SELECT count(*)::int AS updated, count(*) FILTER (WHERE is_move)::int AS moved,
                 count(*) FILTER (WHERE is_closing)::int AS closed
            FROM changes
        ),
        audit AS (
          INSERT INTO audit_events (id, occurred_at, actor_type, actor_id, action, object_type, object_id, request_id, after)
          SELECT ${newId.auditEvent()}::text, ${at}::timestamptz, ${actor.type}::text, ${actor.id}::text,
                 'customers.imported', 'customer_import', ${importId}::text, ${requestId}::text,
                 jsonb_build_object('rows', ${rows.length}::int, 'created', ${created.length}::int,
                                    'updated', updated, 'moved', moved, 'closed', closed + ${createdClosed}::int,
                                    'firstCustomerNo', ${rows[0]?.customerNo ?? null}::text,
                                    'lastCustomerNo', ${rows[rows.length - 1]?.customerNo ?? null}::text)
            FROM counts
        )
        SELECT * FROM counts`),
    );
    const updated = Number(counts?.updated ?? 0);
    return {
      created: created.length,
      updated,
      unchanged: known.length - updated,
      moved: Number(counts?.moved ?? 0),
      closed: Number(counts?.closed ?? 0) + createdClosed,
    };
  });
}
