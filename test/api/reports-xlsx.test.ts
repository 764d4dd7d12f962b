import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiClient, postRecharge } from "../helpers/api-client.ts";
import { buildApp, requestInit } from "../helpers/app.ts";
import { createTestDatabase, type TestDatabase } from "../helpers/database.ts";
import { Fixtures } from "../helpers/fixtures.ts";
import { accountSum, newOutlet, sellAt } from "../helpers/funds.ts";
import { currentBusinessDay, currentPeriod } from "../helpers/settlement.ts";

/**
 * Every report as an Excel workbook, read back with exceljs as Excel would open it: Chinese
 * headers, amounts in 元 as numbers formatted 0.00 equal to the JSON, the CSV and the ledger,
 * dates as dates, a file name with the report, the unit and the dates.
 */
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const OUTLET_NAME = "杭州城区营业厅";
const HOSTILE_CLERK = '=HYPERLINK("http://evil.example/","点我")';

let t: TestDatabase;
let f: Fixtures;
let app: ReturnType<typeof buildApp>;
let officer: { id: string; token: string };
let funds: { id: string; token: string };
let outlet: string;
const today = currentBusinessDay();
const P = currentPeriod();

beforeAll(async () => {
  t = await createTestDatabase();
  f = await Fixtures.create(t.db);
  app = buildApp(t.db);
  officer = await f.staff(["settlement_officer"], { unitId: f.provinceId });
  funds = await f.staff(["fund_admin"], { unitId: f.cityId });
  outlet = await newOutlet(t.db, f, f.cityId);
  await t.db.query("UPDATE org_units SET name = $2 WHERE id = $1", [outlet, OUTLET_NAME]);
  // 3 cards of 123.45 元: the 元 figures have two decimals that must survive.
  const sold = await sellAt(app, f, outlet, 3, { faceValueFen: 12_345 });
  await t.db.query("UPDATE staff_users SET display_name = $2 WHERE id = $1", [sold.clerk.id, HOSTILE_CLERK]);
  const customer = await f.customer();
  const counter = (await f.client("counter")).apiKey;
  const card = { cardNo: sold.cardNos[0] ?? "", pin: sold.pins[0] ?? "" };
  const res = await postRecharge(apiClient(app, { apiKey: counter }), {
    ...card,
    customerNo: customer.customerNo,
  });
  expect(res.status).toBe(201);
  const declared = await app.request(
    "/v1/remittances",
    requestInit("POST", {
      token: funds.token,
      idempotencyKey: `xlsx-${Math.random()}`,
      body: { outletUnitId: outlet, businessDate: today, amountFen: 20_000, bankReference: "XLSX-1" },
    }),
  );
  expect(declared.status, await declared.clone().text()).toBe(201);
}, 120_000);
afterAll(() => t?.close());

async function get(path: string, token = officer.token, headers: Record<string, string> = {}) {
  const init = requestInit("GET", { token });
  return app.request(path, { ...init, headers: { ...(init.headers as Record<string, string>), ...headers } });
}

async function workbookOf(res: Response) {
  expect(res.status, res.status === 200 ? "" : await res.clone().text()).toBe(200);
  expect(res.headers.get("content-type")).toBe(XLSX);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(await res.arrayBuffer());
  return wb;
}

const rowValues = (ws: ExcelJS.Worksheet, n: number) => (ws.getRow(n).values as unknown[]).slice(1);

/** The RFC 6266 header with its ASCII fallback and RFC 5987 UTF-8 name. */
const disposition = (ascii: string, unicode: string) =>
  `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(unicode)}`;

describe("daily sales as XLSX", () => {
  // A function: `outlet` is set in beforeAll, after the tests are collected.
  const salesPath = () => `/v1/reports/daily-sales?from=${today}&to=${today}&unitId=${outlet}`;

  it("has Chinese headers, amounts in 元 as 0.00 numbers equal to the JSON and the ledger, dates as dates", async () => {
    const res = await get(`${salesPath()}&format=xlsx`);
    expect(res.headers.get("content-disposition")).toBe(
      disposition(`daily-sales_${outlet}_${today}.xlsx`, `日销售_${OUTLET_NAME}_${today}.xlsx`),
    );
    const ws = (await workbookOf(res)).getWorksheet("日销售");
    if (!ws) throw new Error("no sheet 日销售");
    expect(rowValues(ws, 1)).toEqual([
      "营业日",
      "网点编号",
      "营业网点",
      "营业员编号",
      "营业员",
      "售卡张数",
      "售卡金额（元）",
    ]);
    expect(ws.getRow(1).font?.bold).toBe(true);
    const json = (await (await get(salesPath())).json()) as {
      data: { businessDate: string; clerkId: string; cardCount: number; amountFen: number }[];
      totals: { cardCount: number; amountFen: number };
    };
    expect(json.data).toHaveLength(1);
    const [line] = json.data;
    expect(line?.amountFen).toBe(37_035);
    // The ledger: the outlet's card cash is what it sold.
    expect(await accountSum(t.db, "outlet_card_cash", outlet)).toBe(37_035);

    const row = ws.getRow(2);
    expect(row.getCell(1).value).toEqual(new Date(`${today}T00:00:00Z`));
    expect(row.getCell(1).numFmt).toBe("yyyy-mm-dd");
    expect(row.getCell(3).value).toBe(OUTLET_NAME);
    expect(row.getCell(4).value).toBe(line?.clerkId);
    // A name typed like a formula is a text cell, never a formula.
    expect(row.getCell(5).type).toBe(ExcelJS.ValueType.String);
    expect(row.getCell(5).value).toBe(HOSTILE_CLERK);
    expect(row.getCell(6).value).toBe(3);
    expect(row.getCell(7).value).toBe(370.35);
    expect(row.getCell(7).type).toBe(ExcelJS.ValueType.Number);
    expect(row.getCell(7).numFmt).toBe("0.00");

    const total = ws.getRow(3);
    expect(rowValues(ws, 3)).toEqual(["合计", undefined, undefined, undefined, undefined, 3, 370.35]);
    expect(total.font?.bold).toBe(true);
    expect(total.getCell(7).numFmt).toBe("0.00");
    expect(ws.rowCount).toBe(3);
  });

  it("comes by content negotiation too, and in English with lang=en", async () => {
    const negotiated = await workbookOf(await get(salesPath(), officer.token, { Accept: XLSX }));
    expect(negotiated.getWorksheet("日销售")).toBeDefined();
    const res = await get(`${salesPath()}&format=xlsx&lang=en`);
    expect(res.headers.get("content-disposition")).toBe(
      disposition(`daily-sales_${outlet}_${today}.xlsx`, `daily-sales_${OUTLET_NAME}_${today}.xlsx`),
    );
    const ws = (await workbookOf(res)).getWorksheet("Daily sales");
    if (!ws) throw new Error("no sheet Daily sales");
    expect(rowValues(ws, 1).at(-1)).toBe("Amount (CNY)");
    expect(ws.getRow(3).getCell(1).value).toBe("Total");
  });

  it("the CSV starts with a UTF-8 BOM, ends lines with CRLF, is named like the XLSX and holds the same fen", async () => {
    const res = await get(`${salesPath()}&format=csv`);
    expect(res.headers.get("content-disposition")).toBe(
      disposition(`daily-sales_${outlet}_${today}.csv`, `日销售_${OUTLET_NAME}_${today}.csv`),
    );
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes).slice(1);
    const lines = text.split("\r\n");
    expect(lines.at(-1)).toBe("");
    expect(lines.slice(0, -1).every((l) => !l.includes("\n"))).toBe(true);
    expect(lines[0]).toBe(
      "business_date,outlet_unit_id,outlet_name,clerk_id,clerk_name,card_count,amount_fen",
    );
    expect(lines[1]?.endsWith(`,"'${HOSTILE_CLERK.replaceAll('"', '""')}",3,37035`)).toBe(true);
    expect(lines[2]).toBe("total,,,,,3,37035");
  });

  it("a clerk gets no report in any form", async () => {
    const clerk = await f.staff(["clerk"], { unitId: outlet });
    expect((await get(`${salesPath()}&format=xlsx`, clerk.token)).status).toBe(403);
  });

  it("another unit's subtree is a 404 in XLSX too", async () => {
    const res = await get(
      `/v1/reports/daily-sales?from=${today}&to=${today}&unitId=${f.otherCityId}&format=xlsx`,
      funds.token,
    );
    expect(res.status).toBe(404);
  });
});

describe("every report has an XLSX form", () => {
  const cases = [
    {
      name: `/v1/reports/recharges-by-channel?from=${today}&to=${today}`.split("?")[0] ?? "",
      path: () => `/v1/reports/recharges-by-channel?from=${today}&to=${today}`,
      sheet: "分渠道充值",
      file: () => `分渠道充值_测试省公司_${today}.xlsx`,
      header: ["营业日", "渠道", "笔数", "充值金额（元）"],
      row2: () => [new Date(`${today}T00:00:00Z`), "柜台", 1, 123.45],
    },
    {
      name: `/v1/reports/card-float?unitId=${outlet}`.split("?")[0] ?? "",
      path: () => `/v1/reports/card-float?unitId=${outlet}`,
      sheet: "卡沉淀资金",
      file: () => `卡沉淀资金_${OUTLET_NAME}_${today}.xlsx`,
      header: ["批次", "面值（元）", "截止销售日", "沉淀张数", "沉淀金额（元）"],
      total: ["合计", undefined, undefined, 2, 246.9],
    },
    {
      name: `/v1/reports/remittance-variance?from=${today}&to=${today}&unitId=${outlet}`.split("?")[0] ?? "",
      path: () => `/v1/reports/remittance-variance?from=${today}&to=${today}&unitId=${outlet}`,
      sheet: "解款差异",
      file: () => `解款差异_${OUTLET_NAME}_${today}.xlsx`,
      header: [
        "网点编号",
        "营业网点",
        "营业日",
        "售卡金额（元）",
        "已申报解款（元）",
        "已确认解款（元）",
        "累计未解款（元）",
      ],
      row2: () => [outlet, OUTLET_NAME, new Date(`${today}T00:00:00Z`), 370.35, 200, 0, 370.35],
    },
    {
      name: `/v1/reports/settlement-history?from=${P}&to=${P}`.split("?")[0] ?? "",
      path: () => `/v1/reports/settlement-history?from=${P}&to=${P}`,
      sheet: "资金返还记录",
      file: () => `资金返还记录_测试省公司_${P}.xlsx`,
      header: ["月份", "结算批次", "状态", "创建时间（北京时间）"],
      total: ["合计"],
    },
    {
      name: `/v1/reports/monthly-clearing?period=${P}`.split("?")[0] ?? "",
      path: () => `/v1/reports/monthly-clearing?period=${P}`,
      sheet: "核算单位",
      file: () => `月度清算_测试省公司_${P}.xlsx`,
      header: ["月份", "核算单位编号", "核算单位", "售卡张数", "售卡金额（元）"],
    },
  ];
  for (const c of cases)
    it(`${c.sheet}: ${c.name}`, async () => {
      const path = c.path();
      const res = await get(`${path}${path.includes("?") ? "&" : "?"}format=xlsx`);
      expect(res.headers.get("content-disposition")).toContain(
        `filename*=UTF-8''${encodeURIComponent(c.file())}`,
      );
      const ws = (await workbookOf(res)).getWorksheet(c.sheet);
      if (!ws) throw new Error(`no sheet ${c.sheet}`);
      expect(rowValues(ws, 1).slice(0, c.header.length)).toEqual(c.header);
      if (c.row2) expect(rowValues(ws, 2).slice(0, c.row2().length)).toEqual(c.row2());
      if (c.total) expect(rowValues(ws, ws.rowCount).slice(0, c.total.length)).toEqual(c.total);
    });

  it("the monthly clearing workbook has both tables, a sheet each, with the units' figures in 元", async () => {
    const wb = await workbookOf(await get(`/v1/reports/monthly-clearing?period=${P}&format=xlsx`));
    expect(wb.worksheets.map((w) => w.name)).toEqual(["核算单位", "跨单位充值"]);
    const units = wb.getWorksheet("核算单位");
    const city = units?.getRows(2, units.rowCount - 1)?.find((r) => r.getCell(2).value === f.cityId);
    expect(city?.getCell(5).value).toBe(370.35);
    expect(city?.getCell(5).numFmt).toBe("0.00");
  });
});

describe("GET /v1/reports/dashboard", () => {
  type Dashboard = {
    businessDate: string;
    unitName: string;
    sales: { cardCount: number; amountFen: number; byOutlet: { outletUnitId: string; amountFen: number }[] };
    recharges: {
      count: number;
      amountFen: number;
      byChannel: { channel: string; count: number; amountFen: number }[];
    };
    float: { cardCount: number; valueFen: number };
    openRemittances: {
      count: number;
      amountFen: number;
      data: { outletUnitId: string; amountFen: number }[];
    };
  };

  it("gives the city's day, equal to the database", async () => {
    const res = await get("/v1/reports/dashboard", funds.token);
    expect(res.status).toBe(200);
    const d = (await res.json()) as Dashboard;
    expect(d.businessDate).toBe(today);
    expect(d.unitName).toBe("测试市公司");
    const [sold] = await t.db.query<{ n: string; v: string }>(
      "SELECT sum(card_count) AS n, sum(amount_fen) AS v FROM card_sales WHERE business_date = $1",
      [today],
    );
    expect([d.sales.cardCount, d.sales.amountFen]).toEqual([Number(sold?.n), Number(sold?.v)]);
    expect(d.sales.byOutlet).toEqual([
      { outletUnitId: outlet, outletName: OUTLET_NAME, cardCount: 3, amountFen: 37_035 },
    ]);
    expect(d.recharges.byChannel).toEqual([{ channel: "counter", count: 1, amountFen: 12_345 }]);
    // The float: cards sold by the city's outlets and not used, valued at their face.
    const [float] = await t.db.query<{ n: string; v: string }>(
      `SELECT count(*) AS n, sum(b.face_value_fen) AS v FROM cards c JOIN card_batches b ON b.id = c.batch_id
        JOIN org_units o ON o.id = c.owner_unit_id WHERE c.state = 'sold' AND o.path LIKE '%' || $1 || '/%'`,
      [f.cityId],
    );
    expect([d.float.cardCount, d.float.valueFen]).toEqual([Number(float?.n), Number(float?.v)]);
    expect(d.float.valueFen).toBe(24_690);
    expect(d.openRemittances.count).toBe(1);
    expect(d.openRemittances.amountFen).toBe(20_000);
    expect(d.openRemittances.data[0]?.outletUnitId).toBe(outlet);
  });

  it("refuses a clerk and a card administrator; another city is a 404", async () => {
    for (const roles of [["clerk"], ["card_admin"]] as const) {
      const staff = await f.staff([...roles], { unitId: f.cityId });
      expect((await get("/v1/reports/dashboard", staff.token)).status).toBe(403);
    }
    expect((await get(`/v1/reports/dashboard?unitId=${f.otherCityId}`, funds.token)).status).toBe(404);
    expect((await app.request("/v1/reports/dashboard")).status).toBe(401);
  });
});
