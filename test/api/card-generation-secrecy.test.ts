import { generateManufacturerKeys, openCardFile } from "@powercard/api";
import pino from "pino";
import { afterAll, beforeAll, expect, it } from "vitest";
import { buildApp } from "../helpers/app.ts";
import { createTestDatabase, type TestDatabase } from "../helpers/database.ts";
import { Fixtures, TEST_SIGNING_KEYS } from "../helpers/fixtures.ts";
import { approvedPlan, post } from "../helpers/production.ts";

/**
 * After a batch is generated, none of its plaintext PINs may be anywhere but inside the
 * encrypted file: not in any table (all of them, dumped as text), not in the logs (captured at
 * the most verbose level).
 */

let t: TestDatabase;
const logLines: string[] = [];

beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t?.close());

it("no plaintext PIN of a generated batch appears in the database or the logs", async () => {
  const f = await Fixtures.create(t.db);
  const logger = pino({ level: "trace" }, { write: (line: string) => void logLines.push(line) });
  const app = buildApp(t.db, { logger });
  const [maker, checker, cityAdmin] = await Promise.all([
    f.staff(["issuer"], { unitId: f.provinceId }),
    f.staff(["issuer"], { unitId: f.provinceId }),
    f.staff(["card_admin"], { unitId: f.cityId }),
  ]);
  const keys = await generateManufacturerKeys();
  const manufacturer = await post<{ id: string }>(app, "/v1/manufacturers", maker.token, {
    name: "制卡厂",
    encryptionJwk: keys.encryption.publicJwk,
    verificationJwk: keys.signing.publicJwk,
  });
  const planId = await approvedPlan(app, { maker: maker.token, checker: checker.token }, [
    { token: cityAdmin.token, faceValueFen: 5000, quantity: 300 },
  ]);
  const order = await post<{ id: string }>(app, "/v1/production-orders", maker.token, {
    planId,
    manufacturerId: manufacturer.id,
  });
  const jwe = await (
    await app.request(`/v1/production-orders/${order.id}/card-files/1`, {
      headers: { Authorization: `Bearer ${maker.token}` },
    })
  ).text();
  const { printFile } = await openCardFile({
    jwe,
    manufacturerPrivateJwk: keys.encryption.privateJwk,
    utilityJwks: TEST_SIGNING_KEYS.jwks,
  });
  const pins = printFile
    .toString("utf8")
    .trim()
    .split("\n")
    .slice(1)
    .map((line) => line.split(",")[1] as string);
  expect(pins).toHaveLength(300);
  expect(new Set(pins).size).toBeGreaterThan(295); // 16 random digits: collisions are vanishingly rare

  const tables = await t.db.query<{ table_name: string }>(
    "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'",
  );
  expect(tables.map((x) => x.table_name)).toEqual(
    expect.arrayContaining(["cards", "card_files", "audit_events"]),
  );
  let dump = "";
  for (const { table_name } of tables) {
    const [row] = await t.db.query<{ text: string | null }>(
      `SELECT string_agg(x::text, E'\\n') AS text FROM "${table_name}" x`,
    );
    dump += row?.text ?? "";
  }
  // bytea columns dump as hex; check that spelling too, so a PIN stored as bytes is found.
  const logs = logLines.join("\n");
  expect(logs.length).toBeGreaterThan(0);
  for (const pin of pins) {
    expect(dump.includes(pin)).toBe(false);
    expect(dump.includes(Buffer.from(pin).toString("hex"))).toBe(false);
    expect(logs.includes(pin)).toBe(false);
  }
});
