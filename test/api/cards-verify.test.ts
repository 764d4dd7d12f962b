import { makeCardNo } from "@powercard/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiClient, type Problem, postRecharge } from "../helpers/api-client.ts";
import { buildApp, requestInit } from "../helpers/app.ts";
import { createTestDatabase, type TestDatabase } from "../helpers/database.ts";
import { Fixtures } from "../helpers/fixtures.ts";

let t: TestDatabase;
let f: Fixtures;
let app: ReturnType<typeof buildApp>;
let client: { apiKey: string };

beforeAll(async () => {
  t = await createTestDatabase();
  f = await Fixtures.create(t.db);
  app = buildApp(t.db);
  client = await f.client("ivr");
});
afterAll(() => t.close());

const verify = (body: unknown) =>
  app.request("/v1/cards/verify", requestInit("POST", { apiKey: client.apiKey, body }));

describe("POST /v1/cards/verify", () => {
  it("tells the face value and that a sold card is redeemable, without using it", async () => {
    const card = await f.card({ faceValueFen: 5_000 });
    const res = await verify({ cardNo: card.cardNo, pin: card.pin });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      cardNo: card.cardNo,
      faceValueFen: 5_000,
      state: "sold",
      redeemable: true,
    });
    const [row] = await t.db.query("SELECT state FROM cards WHERE card_no = $1", [card.cardNo]);
    expect(row?.state).toBe("sold");
  });

  it("says a card in stock is not redeemable yet", async () => {
    const card = await f.card({ state: "in_stock" });
    expect(await (await verify({ cardNo: card.cardNo, pin: card.pin })).json()).toMatchObject({
      state: "in_stock",
      redeemable: false,
    });
  });

  it("answers a wrong PIN and an unknown card the same way", async () => {
    const card = await f.card();
    const wrong = (await (await verify({ cardNo: card.cardNo, pin: "0000000000000000" })).json()) as Record<
      string,
      unknown
    >;
    const unknown = (await (
      await verify({ cardNo: makeCardNo("33", 9_999_999_999_999), pin: card.pin })
    ).json()) as Record<string, unknown>;
    expect(wrong.code).toBe("pin_incorrect");
    expect({ ...wrong, requestId: "" }).toEqual({ ...unknown, requestId: "" });
  });

  it("counts wrong PINs toward the same lockout as recharges", async () => {
    const card = await f.card();
    for (let i = 0; i < 4; i++)
      expect((await verify({ cardNo: card.cardNo, pin: "0000000000000000" })).status).toBe(422);
    const fifth = await verify({ cardNo: card.cardNo, pin: "0000000000000000" });
    expect(fifth.status).toBe(423);
    expect(((await fifth.json()) as Problem).code).toBe("card_locked");
    expect((await verify({ cardNo: card.cardNo, pin: card.pin })).status).toBe(423);
    // A recharge is refused too: the lock is the card's, not the route's.
    const customer = await f.customer();
    const res = await postRecharge(
      apiClient(app, { apiKey: client.apiKey }),
      { cardNo: card.cardNo, pin: card.pin, customerNo: customer.customerNo },
      "after-lock",
    );
    expect(res.status).toBe(423);
  });
});
