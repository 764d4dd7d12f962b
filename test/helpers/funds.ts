import { randomInt } from "node:crypto";
import { issueAccessToken } from "@powercard/api";
import { type Db, orgUnits } from "@powercard/db";
import { eq } from "drizzle-orm";
import { apiClient, postRecharge, type Schemas } from "./api-client.ts";
import { type buildApp, requestInit } from "./app.ts";
import { type Fixtures, TEST_SIGNING_KEYS } from "./fixtures.ts";
import { partnerClient } from "./partners.ts";

type App = ReturnType<typeof buildApp>;

/** A fresh outlet under a city (default: the fixtures' first city), so each test has its own cash. */
export async function newOutlet(db: Db, f: Fixtures, cityId = f.cityId): Promise<string> {
  const [city] = await db.orm.select().from(orgUnits).where(eq(orgUnits.id, cityId));
  if (!city) throw new Error(`no unit ${cityId}`);
  const id = `unt_fo${Date.now().toString(36)}${randomInt(1e9).toString(36)}`;
  await db.orm.insert(orgUnits).values({
    id,
    code: id,
    name: "资金测试营业厅",
    kind: "outlet",
    parentId: cityId,
    path: `${city.path}${id}/`,
    createdAt: new Date(),
  });
  return id;
}

/** Sells `count` cards of `faceValueFen` at the outlet through the API (a card_sales row and its ledger). */
export async function sellAt(
  app: App,
  f: Fixtures,
  outletId: string,
  count: number,
  options: { faceValueFen?: number; at?: Date } = {},
) {
  const faceValueFen = options.faceValueFen ?? 10_000;
  const clerk = await f.staff(["clerk"], { unitId: outletId });
  if (options.at) clerk.token = await tokenAt(clerk.id, options.at);
  const range = await f.cardRange(count, { ownerUnitId: outletId, faceValueFen });
  const res = await app.request(
    "/v1/card-sales",
    requestInit("POST", {
      token: clerk.token,
      idempotencyKey: `sell-${Math.random()}`,
      body: { firstCardNo: range.firstCardNo, lastCardNo: range.lastCardNo },
    }),
  );
  if (res.status !== 201) throw new Error(`sale failed: ${res.status} ${await res.text()}`);
  return { ...range, clerk, sale: (await res.json()) as Schemas["CardSale"] };
}

/** The balance of one account (sum of its entries), read from the ledger. */
export async function accountSum(db: Db, account: string, owner: string): Promise<number> {
  const [row] = await db.query<{ s: string | number }>(
    "SELECT COALESCE(SUM(amount_fen), 0) AS s FROM ledger_entries WHERE account = $1 AND owner = $2",
    [account, owner],
  );
  return Number(row?.s ?? 0);
}

/** A staff access token issued at a given instant, for an app whose clock is not now. */
export const tokenAt = (userId: string, at: Date) => issueAccessToken(TEST_SIGNING_KEYS, userId, at);

/** Recharges a fresh sold card of `faceValueFen` into the customer at the counter; expects 201. */
export async function rechargeNewCard(
  app: App,
  f: Fixtures,
  counterKey: string,
  customerNo: string,
  faceValueFen: number,
) {
  const card = await f.card({ faceValueFen });
  const res = await postRecharge(apiClient(app, { apiKey: counterKey }), {
    cardNo: card.cardNo,
    pin: card.pin,
    customerNo,
  });
  if (res.status !== 201 || !res.data) throw new Error(`recharge failed: ${res.status} ${res.text}`);
  return res.data;
}

/** A partner (a new one) tops up the customer's prepaid account through the API; expects 201. */
export async function partnerTopup(
  app: App,
  f: Fixtures,
  db: Db,
  body: { customerNo: string; amountFen: number; partnerReference: string },
) {
  const partner = await partnerClient(f, db);
  const res = await app.request(
    "/v1/topups",
    requestInit("POST", { token: partner.token, idempotencyKey: `topup-${randomInt(1e12)}`, body }),
  );
  if (res.status !== 201) throw new Error(`top-up failed: ${res.status} ${await res.text()}`);
}
