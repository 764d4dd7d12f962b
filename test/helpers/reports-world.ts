import { businessDate } from "@powercard/db";
import { apiClient, postRecharge } from "./api-client.ts";
import { buildApp, requestInit } from "./app.ts";
import type { TestDatabase } from "./database.ts";
import { Fixtures } from "./fixtures.ts";
import { newOutlet, tokenAt } from "./funds.ts";
import { partnerClient, partnerToken } from "./partners.ts";

const DAY = 86_400_000;
type Staff = Awaited<ReturnType<Fixtures["staff"]>>;

/**
 * The small world the funds reports are tested on. In the first city: outlets A and B; on day 1
 * clerk A1 sells 2 × 100 元 at A and clerk B 1 × 100 元 at B; on day 2 clerk A2 sells 3 × 50 元
 * and A1 1 × 100 元 at A. The other city's outlet sells 2 × 100 元 on day 1. On day 2 A1 recharges
 * one of its day-1 cards at the counter (customer 1), a partner recharges the other (customer 2)
 * and one of the other city's cards (customer 3, of the other city), and tops up customer 1 by
 * 30 元 and customer 3 by 7 元. Everything goes through the API, with the app's clock on that day.
 */
export async function reportsWorld(t: TestDatabase) {
  const f = await Fixtures.create(t.db);
  // The clock stands on day 1, then day 2, then follows real time again (tokens issued later
  // than a frozen clock would be refused as issued in the future).
  let clock: Date | null = null;
  const app = buildApp(t.db, { now: () => clock ?? new Date() });
  const d1At = new Date(Date.now() - 2 * DAY);
  const d2At = new Date(Date.now() - DAY);
  const [outletA, outletB] = [await newOutlet(t.db, f), await newOutlet(t.db, f)];
  const [clerkA1, clerkA2, clerkB, clerkOther] = [
    await f.staff(["clerk"], { unitId: outletA }),
    await f.staff(["clerk"], { unitId: outletA }),
    await f.staff(["clerk"], { unitId: outletB }),
    await f.staff(["clerk"], { unitId: f.otherOutletId }),
  ];
  const [customer1, customer2, customer3] = [
    await f.customer(),
    await f.customer(),
    await f.customer({ accountingUnitId: f.otherCityId }),
  ];
  const partner = await partnerClient(f, t.db);
  let n = 0;

  const sell = async (clerk: Staff, count: number, faceValueFen = 10_000) => {
    const range = await f.cardRange(count, { ownerUnitId: clerk.unitId, faceValueFen });
    const res = await app.request(
      "/v1/card-sales",
      requestInit("POST", {
        token: await tokenAt(clerk.id, clock ?? new Date()),
        idempotencyKey: `world-sell-${n++}`,
        body: { firstCardNo: range.firstCardNo, lastCardNo: range.lastCardNo },
      }),
    );
    if (res.status !== 201) throw new Error(`sale failed: ${res.status} ${await res.text()}`);
    return range;
  };
  const post = async (path: string, token: string, body: unknown) => {
    const res = await app.request(path, requestInit("POST", { token, idempotencyKey: `world-${n++}`, body }));
    if (res.status !== 201) throw new Error(`${path} failed: ${res.status} ${await res.text()}`);
  };
  const recharge = async (
    token: string,
    range: { cardNos: string[]; pins: string[] },
    i: number,
    customerNo: string,
  ) => {
    const body = { cardNo: range.cardNos[i] ?? "", pin: range.pins[i] ?? "", customerNo };
    const res = await postRecharge(apiClient(app, { token }), body, `world-${n++}`);
    if (res.status !== 201) throw new Error(`recharge failed: ${res.status} ${res.text}`);
  };

  clock = d1At;
  const a1Day1 = await sell(clerkA1, 2);
  const bDay1 = await sell(clerkB, 1);
  const otherDay1 = await sell(clerkOther, 2);
  clock = d2At;
  const a2Day2 = await sell(clerkA2, 3, 5_000);
  const a1Day2 = await sell(clerkA1, 1);
  const partnerNow = await partnerToken(partner, d2At);
  await recharge(await tokenAt(clerkA1.id, d2At), a1Day1, 0, customer1.customerNo);
  await recharge(partnerNow, a1Day1, 1, customer2.customerNo);
  await recharge(partnerNow, otherDay1, 0, customer3.customerNo);
  const topup = (customerNo: string, amountFen: number) =>
    post("/v1/topups", partnerNow, { customerNo, amountFen, partnerReference: `W${n}-${customerNo}` });
  await topup(customer1.customerNo, 3_000);
  await topup(customer3.customerNo, 700);
  clock = null;

  return {
    f,
    app,
    d1: businessDate(d1At),
    d2: businessDate(d2At),
    outletA,
    outletB,
    clerks: { clerkA1, clerkA2, clerkB, clerkOther },
    cards: { a1Day1, bDay1, otherDay1, a2Day2, a1Day2 },
    /** A GET with a staff token (or none), and optional headers. */
    get: (path: string, token?: string, headers?: Record<string, string>) =>
      app.request(path, requestInit("GET", { token, headers })),
  };
}
