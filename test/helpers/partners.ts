import { CLIENT_OPERATIONS, type ClientOperation, type Db } from "@powercard/db";
import type { Fixtures } from "./fixtures.ts";

/**
 * A partner client granted the given operations (default: all of them) and, optionally, a
 * webhook URL — set before its first request, since clients are cached once authenticated.
 */
export async function partnerClient(
  f: Fixtures,
  db: Db,
  options: { operations?: readonly ClientOperation[]; webhookUrl?: string | null } = {},
) {
  const client = await f.client("partner");
  await db.query(
    "UPDATE channel_clients SET allowed_operations = $2::text[], webhook_url = $3 WHERE id = $1",
    [client.id, [...(options.operations ?? CLIENT_OPERATIONS)], options.webhookUrl ?? null],
  );
  return client;
}

/** What the ledger says about a customer's prepaid account and a partner's receivable. */
export async function ledgerFigures(db: Db, customerNo: string, clientId?: string) {
  const [row] = await db.query<{
    balance: string | number;
    prepaid: string | number;
    receivable: string | number;
  }>(
    `SELECT (SELECT balance_fen FROM accounts WHERE customer_no = $1) AS balance,
            (SELECT -COALESCE(sum(amount_fen), 0) FROM ledger_entries
              WHERE account = 'customer_prepaid' AND owner = $1) AS prepaid,
            (SELECT COALESCE(sum(amount_fen), 0) FROM ledger_entries
              WHERE account = 'partner_receivable' AND owner = $2) AS receivable`,
    [customerNo, clientId ?? ""],
  );
  return {
    balanceFen: Number(row?.balance),
    prepaidFen: Number(row?.prepaid),
    receivableFen: Number(row?.receivable),
  };
}
