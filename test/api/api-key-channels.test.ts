import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp, requestInit } from "../helpers/app.ts";
import { createTestDatabase, type TestDatabase } from "../helpers/database.ts";
import { Fixtures } from "../helpers/fixtures.ts";
import { partnerToken } from "../helpers/partners.ts";
import { expectProblem } from "../helpers/problem.ts";

/**
 * API keys are for the utility's own channels (counter, IVR, SMS, web). A partner's API key is
 * refused, even a valid one, with a code that points at the token endpoint.
 */
let t: TestDatabase;
let f: Fixtures;
let app: ReturnType<typeof buildApp>;

beforeAll(async () => {
  t = await createTestDatabase();
  f = await Fixtures.create(t.db);
  app = buildApp(t.db);
});
afterAll(() => t.close());

const verify = async (bearer: string) => {
  const card = await f.card();
  return app.request(
    "/v1/cards/verify",
    requestInit("POST", { token: bearer, body: { cardNo: card.cardNo, pin: card.pin } }),
  );
};

describe("API keys", () => {
  it.each(["counter", "ivr", "sms", "web"] as const)("still work for our own %s channel", async (channel) => {
    const client = await f.client(channel);
    expect((await verify(client.apiKey)).status).toBe(200);
  });

  it("are refused for a partner with 401 api_key_not_accepted, pointing at the token endpoint", async () => {
    const partner = await f.client("partner");
    const customer = await f.customer();
    for (const res of [
      await verify(partner.apiKey),
      await app.request(
        `/v1/accounts/${customer.customerNo}`,
        requestInit("GET", { apiKey: partner.apiKey }),
      ),
      await app.request(
        "/v1/topups",
        requestInit("POST", {
          apiKey: partner.apiKey,
          idempotencyKey: "refused-key",
          body: { customerNo: customer.customerNo, amountFen: 100, partnerReference: "KEY" },
        }),
      ),
    ]) {
      expect(res.headers.get("www-authenticate")).toContain('error="invalid_token"');
      const problem = await expectProblem(res, 401, "api_key_not_accepted");
      expect(problem.detail).toContain("POST /v1/oauth/token");
    }
    // Nothing happened under the refused key; the same client's access token works.
    const [topups] = await t.db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM topups WHERE client_id = $1",
      [partner.id],
    );
    expect(topups?.n).toBe(0);
    expect((await verify(await partnerToken(partner))).status).toBe(200);
  });

  it("an unknown key stays a plain 401 unauthenticated", async () => {
    await expectProblem(await verify("pk_not_a_real_key"), 401, "unauthenticated");
  });
});
