import { randomInt } from "node:crypto";
import type { Db } from "@powercard/db";
import { expect } from "vitest";
import { apiClient, newIdempotencyKey, postRecharge } from "./api-client.ts";
import { type buildApp, requestInit } from "./app.ts";
import type { Fixtures } from "./fixtures.ts";
import { partnerClient } from "./partners.ts";

type App = ReturnType<typeof buildApp>;

/** A card recharged at a counter into the customer; its recharge id and card. */
export async function counterRecharge(
  app: App,
  f: Fixtures,
  counterKey: string,
  customerNo: string,
  faceValueFen = 10_000,
) {
  const card = await f.card({ faceValueFen });
  const res = await postRecharge(apiClient(app, { apiKey: counterKey }), {
    cardNo: card.cardNo,
    pin: card.pin,
    customerNo,
  });
  if (res.status !== 201 || !res.data) throw new Error(`recharge failed: ${res.status} ${res.text}`);
  return { rechargeId: res.data.id, card };
}

/** A partner with a webhook URL tops the customer up; the top-up id and the partner. */
export async function webhookPartnerTopup(
  app: App,
  f: Fixtures,
  db: Db,
  customerNo: string,
  amountFen: number,
) {
  const partner = await partnerClient(f, db, { webhookUrl: "https://partner.example/hooks" });
  const res = await app.request(
    "/v1/topups",
    requestInit("POST", {
      token: partner.token,
      idempotencyKey: newIdempotencyKey("topup"),
      body: { customerNo, amountFen, partnerReference: `REF${randomInt(1e12)}` },
    }),
  );
  expect(res.status, await res.clone().text()).toBe(201);
  const body = (await res.json()) as { id: string };
  return { topupId: body.id, partner };
}

/** Opens a reversal case through the API (a fresh key unless given). */
export function openCase(
  app: App,
  token: string,
  body: Record<string, unknown>,
  idempotencyKey = newIdempotencyKey("rvc"),
) {
  return app.request("/v1/reversal-cases", requestInit("POST", { token, idempotencyKey, body }));
}

/** Approves or rejects an approval request. */
export function decide(app: App, token: string, approvalId: string, decision: "approve" | "reject") {
  return app.request(`/v1/approvals/${approvalId}/${decision}`, requestInit("POST", { token, body: {} }));
}

/** An open bill imported for the customer (paid from the balance at once if it can be). */
export async function importBill(
  app: App,
  token: string,
  customerNo: string,
  amountFen: number,
  period = "2026-01",
) {
  const res = await app.request(
    "/v1/bills",
    requestInit("POST", {
      token,
      idempotencyKey: newIdempotencyKey("bill"),
      body: {
        source: "corrections",
        bills: [{ billId: `B${randomInt(1e12)}`, customerNo, period, amountFen }],
      },
    }),
  );
  return res;
}

/** The running balance, the negated sum of its customer_prepaid entries, and whether they agree. */
export async function balanceOf(db: Db, customerNo: string) {
  const [row] = await db.query<{ balance: string; prepaid: string }>(
    `SELECT (SELECT balance_fen FROM accounts WHERE customer_no = $1) AS balance,
            (SELECT -COALESCE(sum(amount_fen), 0) FROM ledger_entries WHERE account = 'customer_prepaid' AND owner = $1) AS prepaid`,
    [customerNo],
  );
  const balance = Number(row?.balance);
  expect(balance, `balance of ${customerNo} = its entries`).toBe(Number(row?.prepaid));
  return balance;
}

/** Every ledger transaction sums to zero and has its legs in one book. */
export async function expectLedgerSound(db: Db) {
  const rows = await db.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM (
       SELECT e.transaction_id FROM ledger_entries e GROUP BY e.book_key, e.transaction_id HAVING sum(e.amount_fen) <> 0) bad`,
  );
  expect(rows[0]?.n).toBe(0);
}

/** The account sum of a system account ('' owner). */
export async function systemSum(db: Db, account: string) {
  const [row] = await db.query<{ s: string }>(
    "SELECT COALESCE(sum(amount_fen), 0) AS s FROM ledger_entries WHERE account = $1 AND owner = ''",
    [account],
  );
  return Number(row?.s);
}
