import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ResponseBody } from "../helpers/api-client.ts";
import { createTestDatabase, type TestDatabase } from "../helpers/database.ts";
import { accountSum } from "../helpers/funds.ts";
import { expectProblem } from "../helpers/problem.ts";
import { reportsWorld } from "../helpers/reports-world.ts";

/** The float (sold, not yet used cards) by batch with its aging; it must equal the ledger's card_float. */

const DAY = 86_400_000;
let t: TestDatabase;
let w: Awaited<ReturnType<typeof reportsWorld>>;
let staff: Record<"cardAdmin" | "provinceAuditor" | "otherFundAdmin" | "clerk", { token: string }>;
const none = { cardCount: 0, valueFen: 0 };
const batch10k = () => w.cards.a1Day1.batchId;
const batch5k = () => w.cards.a2Day2.batchId;

beforeAll(async () => {
  t = await createTestDatabase();
  w = await reportsWorld(t);
  const { f } = w;
  await t.db.query("UPDATE card_batches SET sell_by = '2099-12-31' WHERE id = $1", [batch5k()]);
  staff = {
    cardAdmin: await f.staff(["card_admin"]),
    provinceAuditor: await f.staff(["auditor"], { unitId: f.provinceId }),
    otherFundAdmin: await f.staff(["fund_admin"], { unitId: f.otherCityId }),
    clerk: w.clerks.clerkA1,
  };
});
afterAll(() => t.close());

const report = (query: string, token = staff.cardAdmin.token, headers?: Record<string, string>) =>
  w.get(`/v1/reports/card-float?${query}`, token, headers);

type Float = ResponseBody<"getCardFloat">;

describe("GET /v1/reports/card-float", () => {
  it("gives the caller's float by batch: sold, not yet used, with the sell-by date", async () => {
    const res = await report("");
    expect(res.status).toBe(200);
    const body = (await res.json()) as Float;
    // First city: of 100 元 cards, 3 sold by A1 (2 used) and 1 by B; of 50 元 cards, 3 sold by A2.
    const fresh = (cardCount: number, valueFen: number) => ({
      cardCount,
      valueFen,
      aging: { "0_30": { cardCount, valueFen }, "31_90": none, "91_365": none, over_365: none },
    });
    expect(body.data).toEqual(
      [
        { batchId: batch10k(), faceValueFen: 10_000, sellBy: null, ...fresh(2, 20_000) },
        { batchId: batch5k(), faceValueFen: 5_000, sellBy: "2099-12-31", ...fresh(3, 15_000) },
      ].sort((a, b) => (a.batchId < b.batchId ? -1 : 1)),
    );
    expect(body.totals).toEqual(fresh(5, 35_000));
  });

  it("over the whole province equals the card_float ledger balance", async () => {
    const body = (await (await report("", staff.provinceAuditor.token)).json()) as Float;
    expect(body.totals.valueFen).toBe(-(await accountSum(t.db, "card_float", "")));
    expect(body.totals).toMatchObject({ cardCount: 6, valueFen: 45_000 });
  });

  it("answers as of the end of an earlier day: cards sold by then and not used by then", async () => {
    const body = (await (await report(`asOf=${w.d1}`, staff.provinceAuditor.token)).json()) as Float;
    expect(body.asOf).toBe(w.d1);
    // Day 1: 2 + 1 cards in the first city, 2 in the other; the recharges came on day 2.
    expect(body.data).toEqual([
      expect.objectContaining({ batchId: batch10k(), cardCount: 5, valueFen: 50_000 }),
    ]);
  });

  it("ages the float by the days since each card's sale", async () => {
    const ago = (days: number) => new Date(Date.now() - days * DAY).toISOString();
    const [b] = w.cards.bDay1.cardNos;
    const [x, y] = w.cards.a2Day2.cardNos;
    await t.db.query("UPDATE cards SET sold_at = $2 WHERE card_no = $1", [b, ago(400)]);
    await t.db.query("UPDATE cards SET sold_at = $2 WHERE card_no = $1", [x, ago(60)]);
    await t.db.query("UPDATE cards SET sold_at = $2 WHERE card_no = $1", [y, ago(200)]);
    const body = (await (await report("")).json()) as Float;
    expect(body.totals.aging).toEqual({
      "0_30": { cardCount: 2, valueFen: 15_000 },
      "31_90": { cardCount: 1, valueFen: 5_000 },
      "91_365": { cardCount: 1, valueFen: 5_000 },
      over_365: { cardCount: 1, valueFen: 10_000 },
    });
  });

  it("streams the same figures as CSV, ending with the total line", async () => {
    const json = (await (await report("")).json()) as Float;
    const buckets = ["0_30", "31_90", "91_365", "over_365"] as const;
    const figures = (r: Float["totals"]) => [
      r.cardCount,
      r.valueFen,
      ...buckets.flatMap((k) => [r.aging[k]?.cardCount, r.aging[k]?.valueFen]),
    ];
    for (const res of [
      await report("", staff.cardAdmin.token, { Accept: "text/csv" }),
      await report("format=csv"),
    ]) {
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
      expect((await res.text()).split("\r\n")).toEqual([
        `batch_id,face_value_fen,sell_by,card_count,value_fen,${buckets.flatMap((k) => [`age_${k}_count`, `age_${k}_fen`]).join(",")}`,
        ...json.data.map((r) =>
          [
            r.batchId,
            r.batchId === batch10k() ? 10_000 : 5_000,
            r.sellBy ?? "",
            ...figures(r as Float["totals"]),
          ].join(","),
        ),
        ["total", "", "", ...figures(json.totals)].join(","),
        "",
      ]);
    }
  });

  it("hides other units' cards; their unitId is a 404", async () => {
    const theirs = (await (await report("", staff.otherFundAdmin.token)).json()) as Float;
    expect(theirs.totals).toMatchObject({ cardCount: 1, valueFen: 10_000 });
    await expectProblem(
      await report(`unitId=${w.outletA}`, staff.otherFundAdmin.token),
      404,
      "unit_not_found",
    );
    const mineOnly = (await (await report(`unitId=${w.outletB}`)).json()) as Float;
    expect(mineOnly.totals).toMatchObject({ cardCount: 1, valueFen: 10_000 });
  });

  it("refuses a future or malformed asOf and callers", async () => {
    await expectProblem(await report("asOf=2999-01-01"), 400, "business_date_in_future");
    await expectProblem(await report("asOf=yesterday"), 400, "validation_failed");
    await expectProblem(await w.get("/v1/reports/card-float"), 401, "unauthenticated");
    await expectProblem(await report("", staff.clerk.token), 403, "forbidden");
  });
});
