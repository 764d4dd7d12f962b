import { resultRows } from "@powercard/db";
import { sql } from "drizzle-orm";
import { newId } from "../../shared/ids.ts";
import type { AuditActor } from "../audit/record-audit-event.ts";
import type { ServiceContext } from "../service-context.ts";
import { applyCustomerChunk, type ChunkCounts, oneRowPerCustomer } from "./apply-customer-chunk.ts";
import {
  type CustomerRow,
  checkCustomerRow,
  type RawCustomerRow,
  type RowError,
} from "./customer-import-row.ts";
import { type CustomerImportResult, MAX_REPORTED_ERRORS } from "./customer-import-view.ts";
import { CsvStructureError } from "./read-customer-csv.ts";

/**
 * Rows per statement: large enough that a round trip is a small part of a chunk's cost, small
 * enough that a chunk's jsonb parameter and its locks stay modest (a few MB, 5,000 rows).
 */
export const CHUNK_ROWS = 5_000;

/**
 * Imports the marketing system's customers from any source of rows (the CSV file as it streams
 * in, or a JSON batch): each row is checked (checkCustomerRow), the good ones are applied in
 * chunks of CHUNK_ROWS (applyCustomerChunk: one transaction each, so a row is applied whole or
 * not at all), the bad ones reported by line, field and reason. While one chunk is in the database
 * the next is read and checked, and at most those two are in memory. Idempotent by the source's
 * versions, so no Idempotency-Key: a repeated or older file changes nothing.
 */
export async function importCustomers({
  ctx,
  input,
}: {
  ctx: Pick<ServiceContext, "db" | "now" | "requestId" | "actor">;
  input: { rows: AsyncIterable<RawCustomerRow> };
}): Promise<CustomerImportResult> {
  const { db, now, requestId } = ctx;
  const importId = newId.customerImport();
  const actor: AuditActor = { type: ctx.actor.kind === "user" ? "user" : "client", id: ctx.actor.id };
  const units = new Set(
    resultRows<{ id: string }>(
      await db.orm.execute(sql`SELECT id FROM org_units WHERE is_accounting_unit`),
    ).map((u) => u.id),
  );
  const totals: ChunkCounts = { created: 0, updated: 0, unchanged: 0, moved: 0, closed: 0 };
  const errors: RowError[] = [];
  let errorCount = 0;
  let rowCount = 0;
  let rejected = 0;
  let stoppedAt: CustomerImportResult["stoppedAt"] = null;

  let inFlight: Promise<void> = Promise.resolve();
  const apply = async (chunk: CustomerRow[]) => {
    const rows = oneRowPerCustomer(chunk);
    const counts = await applyCustomerChunk(db, { rows, importId, now, requestId, actor });
    // Two rows of one customer in a chunk are applied as one (the newest): the other is unchanged.
    counts.unchanged += chunk.length - rows.length;
    for (const key of Object.keys(totals) as (keyof ChunkCounts)[]) totals[key] += counts[key];
  };
  let chunk: CustomerRow[] = [];
  try {
    for await (const raw of input.rows) {
      rowCount++;
      const checked = checkCustomerRow(raw, units, now);
      if ("errors" in checked) {
        rejected++;
        errorCount += checked.errors.length;
        errors.push(...checked.errors.slice(0, Math.max(MAX_REPORTED_ERRORS - errors.length, 0)));
        continue;
      }
      chunk.push(checked.row);
      if (chunk.length === CHUNK_ROWS) {
        await inFlight;
        inFlight = apply(chunk);
        // Keep the rejection observed at once; it is awaited (and rethrown) below.
        inFlight.catch(() => {});
        chunk = [];
      }
    }
  } catch (error) {
    if (!(error instanceof CsvStructureError)) {
      await inFlight.catch(() => {});
      throw error;
    }
    stoppedAt = { line: error.line, reason: error.reason };
  }
  await inFlight;
  if (chunk.length) await apply(chunk);
  return {
    importId,
    complete: stoppedAt === null,
    rows: rowCount,
    ...totals,
    rejected,
    errors,
    errorsOmitted: errorCount - errors.length,
    stoppedAt,
  };
}
