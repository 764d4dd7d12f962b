import type { Db } from "@powercard/db";
import { compactVerify, createLocalJWKSet, type JSONWebKeySet } from "jose";
import { expect } from "vitest";
import type { Schemas } from "./api-client.ts";
import { requestInit } from "./app.ts";

type App = { request(path: string, init?: RequestInit): Response | Promise<Response> };
export type Movement = Schemas["Movement"];
export type MovementPage = Schemas["MovementPage"];
export type MovementFile = Schemas["MovementFile"];

/** One page of the feed, as the marketing system asks for it. */
export async function movementPage(
  app: App,
  bearer: string,
  after: number,
  limit = 500,
): Promise<MovementPage> {
  const res = await app.request(
    `/v1/movements?after=${after}&limit=${limit}`,
    requestInit("GET", { apiKey: bearer }),
  );
  expect(res.status, await res.clone().text()).toBe(200);
  return (await res.json()) as MovementPage;
}

/** The cursor loop of the docs: pages after `after` until an empty one; the movements and the last `next`. */
export async function readFeed(app: App, bearer: string, after = 0, limit = 500) {
  const movements: Movement[] = [];
  let cursor = after;
  for (;;) {
    const page = await movementPage(app, bearer, cursor, limit);
    if (page.data.length === 0) return { movements, next: page.next };
    movements.push(...page.data);
    cursor = page.next;
  }
}

/** The signed daily file, verified against the published keys (EdDSA, typ), and its payload. */
export async function verifiedMovementFile(app: App, bearer: string, date: string): Promise<MovementFile> {
  const res = await app.request(`/v1/movements/files/${date}`, requestInit("GET", { apiKey: bearer }));
  expect(res.status, await res.clone().text()).toBe(200);
  expect(res.headers.get("content-type")).toBe("application/jose");
  const jwks = (await (await app.request("/.well-known/jwks.json")).json()) as JSONWebKeySet;
  const { payload, protectedHeader } = await compactVerify(await res.text(), createLocalJWKSet(jwks), {
    algorithms: ["EdDSA"],
  });
  expect(protectedHeader).toEqual({ alg: "EdDSA", kid: expect.any(String), typ: "powercard-movements+jws" });
  return JSON.parse(new TextDecoder().decode(payload)) as MovementFile;
}

/**
 * What the ledger alone says moved in the customers' prepaid accounts, per kind (of a day, if
 * given): the count of prepaid legs and their sum, signed for the customer.
 */
export async function ledgerPrepaidByKind(db: Db, date?: string) {
  const rows = await db.query<{ kind: string; count: number; amount_fen: string | number }>(
    `SELECT t.kind, count(*)::int AS count, -sum(e.amount_fen) AS amount_fen
       FROM ledger_entries e
       JOIN ledger_transactions t ON t.book_key = e.book_key AND t.id = e.transaction_id
      WHERE e.account = 'customer_prepaid' AND ($1::date IS NULL OR t.business_date = $1::date)
      GROUP BY t.kind`,
    [date ?? null],
  );
  return rows
    .map((r) => ({ kind: r.kind, count: r.count, amountFen: Number(r.amount_fen) }))
    .sort((a, b) => (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0));
}

/** The same totals from feed movements. */
export function feedByKind(movements: readonly Movement[]) {
  const byKind = new Map<string, { count: number; amountFen: number }>();
  for (const m of movements) {
    const total = byKind.get(m.kind) ?? { count: 0, amountFen: 0 };
    total.count += 1;
    total.amountFen += m.amountFen;
    byKind.set(m.kind, total);
  }
  return [...byKind.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([kind, total]) => ({ kind, ...total }));
}
