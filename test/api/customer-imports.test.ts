import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Schemas } from "../helpers/api-client.ts";
import { buildApp, requestInit } from "../helpers/app.ts";
import { createTestDatabase, realPostgresOnly, type TestDatabase } from "../helpers/database.ts";
import { Fixtures } from "../helpers/fixtures.ts";
import { expectProblem } from "../helpers/problem.ts";

/**
 * Customers from the marketing system (营销系统): CSV (streamed) and JSON imports, idempotent by
 * the source's version, with a per-row report; moves keep a unit history; closed accounts.
 */

type Result = Schemas["CustomerImportResult"];

let t: TestDatabase;
let f: Fixtures;
let app: ReturnType<typeof buildApp>;
let marketingKey: string;
let sysadmin: Awaited<ReturnType<Fixtures["staff"]>>;
let n = 0;
/** A fresh 10-digit customer number per call, so the cases never share customers. */
const newCustomerNo = () => String(5_000_000_000 + (Date.now() % 1_000_000) * 1000 + n++);

const HEADER = "customer_no,name,phone,address,accounting_unit_id,status,source_version,effective_from";

beforeAll(async () => {
  t = await createTestDatabase();
  f = await Fixtures.create(t.db);
  app = buildApp(t.db);
  marketingKey = (await f.client("web", { operations: ["customers:import"] })).apiKey;
  sysadmin = await f.staff(["sysadmin"], { unitId: f.provinceId });
});
afterAll(() => t.close());

function postCsv(csv: string, options: { token?: string; contentType?: string } = {}) {
  return app.request(
    "/v1/customer-imports/csv",
    requestInit("POST", {
      token: options.token ?? marketingKey,
      rawBody: csv,
      headers: { "Content-Type": options.contentType ?? "text/csv; charset=utf-8" },
    }),
  );
}

async function importCsv(csv: string, token?: string): Promise<Result> {
  const res = await postCsv(csv, { token });
  expect(res.status, await res.clone().text()).toBe(200);
  return (await res.json()) as Result;
}

async function importJson(customers: unknown[], token = marketingKey): Promise<Result> {
  const res = await app.request("/v1/customer-imports", requestInit("POST", { token, body: { customers } }));
  expect(res.status, await res.clone().text()).toBe(200);
  return (await res.json()) as Result;
}

async function customerRow(customerNo: string) {
  const [row] = await t.db.query<{
    name: string;
    phone: string | null;
    address: string | null;
    accounting_unit_id: string;
    status: string;
    closed_at: string | null;
    source_version: string | number | null;
  }>(
    "SELECT name, phone, address, accounting_unit_id, status, closed_at, source_version FROM customers WHERE customer_no = $1",
    [customerNo],
  );
  return row;
}

async function historyOf(customerNo: string) {
  const utc = (column: string) =>
    `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS ${column}`;
  return t.db.query<{ accounting_unit_id: string; effective_from: string; effective_to: string | null }>(
    `SELECT accounting_unit_id, ${utc("effective_from")}, ${utc("effective_to")}
       FROM customer_unit_history WHERE customer_no = $1 ORDER BY 2`,
    [customerNo],
  );
}

const line = (cells: (string | number)[]) => cells.join(",");

describe("CSV import", () => {
  it("creates customers with their prepaid accounts and a first unit period, BOM and Chinese header alike", async () => {
    const [a, b] = [newCustomerNo(), newCustomerNo()];
    const csv =
      "\uFEFF户号,户名,电话,地址,核算单位,状态,版本\r\n" +
      `${a},张小明,13812345678,"杭州市西湖区文三路1号, 2单元",${f.cityId},正常,100\r\n` +
      `${b},"李""四""",,,${f.otherCityId},normal,7\r\n`;
    const result = await importCsv(csv);
    expect(result).toMatchObject({
      complete: true,
      rows: 2,
      created: 2,
      updated: 0,
      unchanged: 0,
      rejected: 0,
    });
    expect(result.importId).toMatch(/^cim_/);
    expect(await customerRow(a)).toMatchObject({
      name: "张小明",
      address: "杭州市西湖区文三路1号, 2单元",
      accounting_unit_id: f.cityId,
      status: "normal",
    });
    expect(Number((await customerRow(a))?.source_version)).toBe(100);
    expect((await customerRow(b))?.name).toBe('李"四"');
    const [account] = await t.db.query<{ balance_fen: string }>(
      "SELECT balance_fen FROM accounts WHERE customer_no = $1",
      [a],
    );
    expect(Number(account?.balance_fen)).toBe(0);
    expect((await historyOf(b)).map((h) => [h.accounting_unit_id, h.effective_to])).toEqual([
      [f.otherCityId, null],
    ]);
    const audit = await t.db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM audit_events WHERE action = 'customers.imported' AND object_id = $1",
      [result.importId],
    );
    expect(audit[0]?.n).toBe(1);
  });

  it("changes nothing when the same file comes again, and an older version never overwrites a newer one", async () => {
    const c = newCustomerNo();
    const v2 = `${HEADER}\n${line([c, "王五", "", "", f.cityId, "normal", 2, ""])}\n`;
    expect(await importCsv(v2)).toMatchObject({ created: 1 });
    expect(await importCsv(v2)).toMatchObject({ created: 0, updated: 0, unchanged: 1 });
    const v1 = `${HEADER}\n${line([c, "旧名字", "", "", f.otherCityId, "closed", 1, ""])}\n`;
    expect(await importCsv(v1)).toMatchObject({ updated: 0, unchanged: 1, moved: 0, closed: 0 });
    expect(await customerRow(c)).toMatchObject({
      name: "王五",
      accounting_unit_id: f.cityId,
      status: "normal",
    });
    const v3 = `${HEADER}\n${line([c, "王五一", "", "", f.cityId, "normal", 3, ""])}\n`;
    expect(await importCsv(v3)).toMatchObject({ updated: 1 });
    expect((await customerRow(c))?.name).toBe("王五一");
  });

  it("refuses a bad row whole with line, field and reason, and applies the good rows", async () => {
    const [good, bad] = [newCustomerNo(), newCustomerNo()];
    const csv = [
      HEADER,
      line([good, "赵六", "", "", f.cityId, "normal", 1, ""]),
      line([bad, "钱七", "", "", "unt_nowhere", "normal", 1, ""]),
      line(["12345", "", "", "", f.cityId, "gone", "v1", ""]),
      line([newCustomerNo(), "孙八", "", "", f.provinceId, "normal", 1, "2999-01-01"]),
      `${newCustomerNo()},too,few`,
    ].join("\n");
    const result = await importCsv(csv);
    expect(result).toMatchObject({ rows: 5, created: 1, rejected: 4, complete: true, errorsOmitted: 0 });
    expect(result.errors).toEqual([
      { line: 3, field: "accounting_unit_id", reason: "no such accounting unit" },
      { line: 4, field: "customer_no", reason: "must be 10 digits" },
      { line: 4, field: "name", reason: "must be 1–100 characters" },
      { line: 4, field: "status", reason: "must be normal or closed (正常 or 销户)" },
      { line: 4, field: "source_version", reason: "must be a whole number from 0 to 9007199254740991" },
      // The province is a unit but not an accounting unit.
      { line: 5, field: "accounting_unit_id", reason: "no such accounting unit" },
      {
        line: 5,
        field: "effective_from",
        reason: "must not be in the future: send the move when it takes effect",
      },
      { line: 6, field: "row", reason: "expected 8 fields, found 3" },
    ]);
    expect(await customerRow(good)).toBeDefined();
    expect(await customerRow(bad)).toBeUndefined();
  });

  it("refuses a file whose header is not valid, before anything is applied", async () => {
    const c = newCustomerNo();
    const res = await postCsv(`customer_no,name,unit,status\n${c},甲,${f.cityId},normal\n`);
    const problem = await expectProblem(res, 400, "customer_file_invalid");
    expect(JSON.stringify(problem)).toContain("missing column accounting_unit_id");
    expect(await customerRow(c)).toBeUndefined();
    await expectProblem(await postCsv(""), 400, "customer_file_invalid");
  });

  it("stops at a line that is not CSV, keeping the rows before it", async () => {
    const [before, after] = [newCustomerNo(), newCustomerNo()];
    const csv = [
      HEADER,
      line([before, "周九", "", "", f.cityId, "normal", 1, ""]),
      `${after},"吴十,,,${f.cityId},normal,1,`,
    ].join("\n");
    const result = await importCsv(csv);
    expect(result.complete).toBe(false);
    expect(result.stoppedAt?.line).toBeGreaterThanOrEqual(3);
    expect(result.stoppedAt?.reason).toMatch(/quote/i);
    expect(await customerRow(before)).toBeDefined();
    expect(await customerRow(after)).toBeUndefined();
  });

  it("closes an account (closed_at set) and reopens it, by version", async () => {
    const c = newCustomerNo();
    await importCsv(`${HEADER}\n${line([c, "郑十一", "", "", f.cityId, "normal", 1, ""])}\n`);
    const closing = await importCsv(`${HEADER}\n${line([c, "郑十一", "", "", f.cityId, "销户", 2, ""])}\n`);
    expect(closing).toMatchObject({ updated: 1, closed: 1 });
    const closed = await customerRow(c);
    expect(closed?.status).toBe("closed");
    expect(closed?.closed_at).not.toBeNull();
    await importCsv(`${HEADER}\n${line([c, "郑十一", "", "", f.cityId, "normal", 3, ""])}\n`);
    expect(await customerRow(c)).toMatchObject({ status: "normal", closed_at: null });
  });

  it("moves a customer from its effective date: the open period closes there and the next opens", async () => {
    const c = newCustomerNo();
    await importCsv(`${HEADER}\n${line([c, "冯十二", "", "", f.cityId, "normal", 1, "2026-01-01"])}\n`);
    const moved = await importCsv(
      `${HEADER}\n${line([c, "冯十二", "", "", f.otherCityId, "normal", 2, "2026-06-01"])}\n`,
    );
    expect(moved).toMatchObject({ updated: 1, moved: 1 });
    const history = await historyOf(c);
    expect(history.map((h) => h.accounting_unit_id)).toEqual([f.cityId, f.otherCityId]);
    // 2026-06-01 00:00 Asia/Shanghai.
    expect(history[0]?.effective_from).toBe("2025-12-31T16:00:00Z");
    expect(history[0]?.effective_to).toBe("2026-05-31T16:00:00Z");
    expect(history[1]?.effective_from).toBe("2026-05-31T16:00:00Z");
    expect(history[1]?.effective_to).toBeNull();
    expect((await customerRow(c))?.accounting_unit_id).toBe(f.otherCityId);
  });

  it("takes a file with the same customer twice: the newer version wins", async () => {
    const c = newCustomerNo();
    const csv = [
      HEADER,
      line([c, "新", "", "", f.cityId, "normal", 5, ""]),
      line([c, "旧", "", "", f.otherCityId, "normal", 4, ""]),
    ].join("\n");
    expect(await importCsv(csv)).toMatchObject({ rows: 2, created: 1, unchanged: 1 });
    expect(await customerRow(c)).toMatchObject({ name: "新", accounting_unit_id: f.cityId });
  });

  it("refuses a body that is not CSV (415) and a caller without the operation (403)", async () => {
    await expectProblem(await postCsv(HEADER, { contentType: "text/plain" }), 415, "unsupported_media_type");
    const recharger = (await f.client("web")).apiKey;
    await expectProblem(await postCsv(HEADER, { token: recharger }), 403, "forbidden");
    const clerk = await f.staff(["clerk"], { unitId: f.outletId });
    await expectProblem(await postCsv(HEADER, { token: clerk.token }), 403, "forbidden");
  });

  it("reads a chunked upload (no Content-Length) as it streams, over several chunks of rows", async () => {
    const rows = 12_001;
    const first = 6_000_000_000 + (Date.now() % 100_000) * 20_000;
    let k = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        let text = k === 0 ? `${HEADER}\r\n` : "";
        for (let n = 0; n < 1_000 && k < rows; n++, k++)
          text += `${line([first + k, `用户${k}`, "", "", k % 2 ? f.cityId : f.otherCityId, "normal", 1, ""])}\r\n`;
        controller.enqueue(new TextEncoder().encode(text));
        if (k >= rows) controller.close();
      },
    });
    const res = await app.request(
      new Request("http://localhost/v1/customer-imports/csv", {
        method: "POST",
        headers: { Authorization: `Bearer ${marketingKey}`, "Content-Type": "text/csv" },
        body,
        duplex: "half",
      } as RequestInit),
    );
    expect(res.status, await res.clone().text()).toBe(200);
    expect(await res.json()).toMatchObject({ rows, created: rows, rejected: 0, complete: true });
    const [count] = await t.db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM accounts WHERE customer_no BETWEEN $1 AND $2",
      [String(first), String(first + rows - 1)],
    );
    expect(count?.n).toBe(rows);
  });

  it("is open to a sysadmin loading a file by hand", async () => {
    const c = newCustomerNo();
    const result = await importCsv(
      `${HEADER}\n${line([c, "陈十三", "", "", f.cityId, "normal", 1, ""])}\n`,
      sysadmin.token,
    );
    expect(result.created).toBe(1);
  });
});

describe("JSON import", () => {
  it("applies a batch with the same rules, numbering rows by position", async () => {
    const [a, b] = [newCustomerNo(), newCustomerNo()];
    const result = await importJson([
      {
        customerNo: a,
        name: "褚十四",
        accountingUnitId: f.cityId,
        status: "normal",
        sourceVersion: 1,
        address: "某路1号",
      },
      { customerNo: b, name: "卫十五", accountingUnitId: f.cityId, status: "closed", sourceVersion: "2" },
      {
        customerNo: newCustomerNo(),
        name: "蒋",
        accountingUnitId: f.cityId,
        status: "normal",
        sourceVersion: -1,
      },
    ]);
    expect(result).toMatchObject({ rows: 3, created: 2, closed: 1, rejected: 1 });
    expect(result.errors).toEqual([
      { line: 3, field: "source_version", reason: "must be a whole number from 0 to 9007199254740991" },
    ]);
    expect((await customerRow(a))?.address).toBe("某路1号");
    expect((await customerRow(b))?.status).toBe("closed");
  });

  it("refuses a batch that is not the documented shape as a whole (400)", async () => {
    const res = await app.request(
      "/v1/customer-imports",
      requestInit("POST", { token: marketingKey, body: { customers: [{ customerNo: 1 }] } }),
    );
    await expectProblem(res, 400, "validation_failed");
  });

  it("bounds the error report: the first 100 refusals, the rest counted", async () => {
    const customers = Array.from({ length: 150 }, () => ({
      customerNo: "x",
      name: "沈",
      accountingUnitId: f.cityId,
      status: "normal",
      sourceVersion: 1,
    }));
    const result = await importJson(customers);
    expect(result.rejected).toBe(150);
    expect(result.errors).toHaveLength(100);
    expect(result.errorsOmitted).toBe(50);
  });
});

describe.skipIf(realPostgresOnly().skip)("concurrent imports (real PostgreSQL)", () => {
  it("10 imports of the same customers at once, in any order: no deadlock, the newest version stands", async () => {
    const customerNos = Array.from({ length: 50 }, () => newCustomerNo());
    const versions = [7, 2, 10, 4, 1, 9, 3, 8, 6, 5];
    const results = await Promise.all(
      versions.map((version) =>
        importJson(
          // Each import lists the customers in its own order; the chunk locks them sorted.
          (version % 2 ? customerNos : [...customerNos].reverse()).map((customerNo) => ({
            customerNo,
            name: `版本${version}`,
            accountingUnitId: version % 3 ? f.cityId : f.otherCityId,
            status: "normal",
            sourceVersion: version,
          })),
        ),
      ),
    );
    expect(results.reduce((sum, r) => sum + r.created, 0)).toBe(50);
    const rows = await t.db.query<{ name: string; source_version: string; unit: string; periods: number }>(
      `SELECT c.name, c.source_version::text, c.accounting_unit_id AS unit,
              (SELECT count(*)::int FROM customer_unit_history h WHERE h.customer_no = c.customer_no AND h.effective_to IS NULL) AS periods
         FROM customers c WHERE c.customer_no = ANY($1::text[])`,
      [customerNos],
    );
    expect(rows).toHaveLength(50);
    for (const row of rows)
      expect(row).toEqual({ name: "版本10", source_version: "10", unit: f.cityId, periods: 1 });
  });

  it("an import that waited for another's customers sees the periods it committed (no second open period)", async () => {
    const customerNo = newCustomerNo();
    const row = (version: number, unit: string, effectiveFrom: string) => ({
      customerNo,
      name: `版本${version}`,
      accountingUnitId: unit,
      status: "normal",
      sourceVersion: version,
      effectiveFrom,
    });
    const t0 = "2026-03-01T00:00:00.000Z";
    const t1 = "2026-04-01T00:00:00.000Z";
    await importJson([row(1, f.cityId, t0)]);

    // Another import (played here in SQL) holds the customer; it moves it at t1 while the next
    // import waits for the customer, then commits.
    let proceed = () => {};
    let held = () => {};
    const holding = new Promise<void>((resolve) => {
      held = resolve;
    });
    const other = t.db.orm.transaction(async (tx) => {
      await tx.execute(sql`SELECT 1 FROM customers WHERE customer_no = ${customerNo} FOR UPDATE`);
      held();
      await new Promise<void>((resolve) => {
        proceed = resolve;
      });
      await tx.execute(sql`UPDATE customers SET accounting_unit_id = ${f.otherCityId}, source_version = 2
                            WHERE customer_no = ${customerNo}`);
      await tx.execute(sql`UPDATE customer_unit_history SET effective_to = ${t1}::timestamptz
                            WHERE customer_no = ${customerNo} AND effective_to IS NULL`);
      await tx.execute(sql`INSERT INTO customer_unit_history (customer_no, effective_from, accounting_unit_id)
                           VALUES (${customerNo}, ${t1}::timestamptz, ${f.otherCityId})`);
    });
    await holding;

    // A newer version moving it back, effective at t1 too, waits for the customer …
    const imported = importJson([row(3, f.cityId, t1)]);
    for (let i = 0; ; i++) {
      const [waiting] = await t.db.query<{ n: number }>(
        "SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'",
      );
      if ((waiting?.n ?? 0) > 0) break;
      if (i > 200) throw new Error("the import never waited for the customer");
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    // … and, once the other has moved it and committed, relabels the period that began at t1
    // rather than opening a second one.
    proceed();
    await other;
    const result = await imported;
    expect(result).toMatchObject({ updated: 1, moved: 1 });
    const periods = await t.db.query<{ from: string; to: string | null; unit: string }>(
      `SELECT to_json(effective_from) #>> '{}' AS from, to_json(effective_to) #>> '{}' AS to, accounting_unit_id AS unit
         FROM customer_unit_history WHERE customer_no = $1 ORDER BY effective_from`,
      [customerNo],
    );
    expect(
      periods.map((p) => [new Date(p.from).toISOString(), p.to && new Date(p.to).toISOString(), p.unit]),
    ).toEqual([
      [t0, t1, f.cityId],
      [t1, null, f.cityId],
    ]);
  });
});
