import { issueAccessToken, lastClosedDay } from "@powercard/api";
import { businessDate } from "@powercard/db";
import type postgres from "postgres";
import { type buildApp, requestInit } from "../helpers/app.ts";
import { TEST_SIGNING_KEYS } from "../helpers/fixtures.ts";
import { addDays, monthEnd } from "./settlement-days.ts";
import { dayFigures, differences, monthFigures } from "./settlement-expected.ts";
import { fmt, log } from "./settlement-log.ts";
import { measure, type Result, RUNS } from "./settlement-measure.ts";
import type { SettlementWorld } from "./settlement-world.ts";

const TARGETS = { clearingMs: 1000, settlementRunMs: 1000, dayReportMs: 100 };

type App = ReturnType<typeof buildApp>;

async function call(app: App, method: string, path: string, token: string, body?: unknown): Promise<unknown> {
  const res = await app.request(path, requestInit(method, { token, body }));
  const text = await res.text();
  if (res.status >= 300) throw new Error(`${method} ${path} → ${res.status} ${text.slice(0, 300)}`);
  return JSON.parse(text);
}

interface Money {
  count: number;
  valueFen: number;
}
interface Clearing {
  units: {
    unitId: string;
    cardsSold: Money;
    remittedFen: number;
    recharges: Money;
    topups: Money;
    billsPaidFen: number;
    float: Money;
  }[];
  crossUnit: Money[];
}
const sum = <T>(rows: T[], f: (r: T) => number) => rows.reduce((s, r) => s + f(r), 0);

/**
 * Times the reports against the targets, as the settlement officer through the API: the monthly
 * clearing of last month (rolled up) and this month (partly live), last month's settlement run,
 * the one-day reports of yesterday and today, and the card float; each answer is checked against
 * the base tables.
 */
export async function measureAll(
  app: App,
  sql: postgres.Sql,
  world: SettlementWorld,
  rolledThrough: string | null,
): Promise<Result[]> {
  const now = new Date();
  const today = businessDate(now);
  const yesterday = addDays(today, -1);
  const current = today.slice(0, 7);
  const lastMonth = addDays(`${current}-01`, -1).slice(0, 7);
  log(
    `rolled up through ${rolledThrough} (last closed day now: ${lastClosedDay(now)}); yesterday ${yesterday} is ${rolledThrough && rolledThrough >= yesterday ? "rolled up" : "NOT rolled up (before 01:00 Asia/Shanghai?)"}`,
  );
  const token = () => issueAccessToken(TEST_SIGNING_KEYS, world.officerId, new Date());
  const get = async (path: string) => {
    const t = await token();
    return () => call(app, "GET", path, t);
  };
  const [unitCount] = await sql<{ n: string }[]>`
    SELECT count(*)::text AS n FROM org_units WHERE is_accounting_unit AND starts_with(path, ${world.rootPath})`;
  const results: Result[] = [];

  for (const [period, runs, note] of [
    [lastMonth, RUNS, "rolled up"],
    [current, 1, "partly live"],
  ] as const) {
    const expected = await monthFigures(sql, period);
    results.push(
      await measure(
        `GET monthly-clearing ${period} (${note})`,
        TARGETS.clearingMs,
        await get(`/v1/reports/monthly-clearing?period=${period}`),
        (c: Clearing) => {
          const counties = c.units.filter((u) => u.unitId.startsWith("unt_sb_k"));
          const got = {
            recharges: sum(c.units, (u) => u.recharges.count),
            rechargesFen: sum(c.units, (u) => u.recharges.valueFen),
            topupsFen: sum(c.units, (u) => u.topups.valueFen),
            soldCards: sum(c.units, (u) => u.cardsSold.count),
            soldFen: sum(c.units, (u) => u.cardsSold.valueFen),
            billsFen: sum(c.units, (u) => u.billsPaidFen),
            remittedFen: sum(c.units, (u) => u.remittedFen),
            floatFen: sum(c.units, (u) => u.float.valueFen),
            crossFen: sum(c.crossUnit, (m) => m.valueFen),
          };
          if (c.units.length !== Number(unitCount?.n))
            return `${c.units.length} units, expected ${unitCount?.n} accounting units`;
          if (period !== current && counties.some((u) => u.recharges.count === 0))
            return "a county without recharges";
          return differences(got, expected);
        },
        runs,
      ),
    );
  }

  const periodEnd = monthEnd(lastMonth);
  const [credits] = await sql<{ recharges: string; topups: string }[]>`
    SELECT (SELECT sum(amount_fen) FROM recharges WHERE business_date <= ${periodEnd}::date)::text AS recharges,
           (SELECT sum(amount_fen) FROM topups WHERE business_date <= ${periodEnd}::date)::text AS topups`;
  const runToken = await token();
  results.push(
    await measure(
      `POST settlement-runs ${lastMonth} (every unit's cumulative dues)`,
      TARGETS.settlementRunMs,
      () => call(app, "POST", "/v1/settlement-runs", runToken, { period: lastMonth }),
      (r: { dueFen: number; lines: { rechargesFen: number; topupsFen: number }[] }) =>
        differences(
          {
            rechargesFen: sum(r.lines, (l) => l.rechargesFen),
            topupsFen: sum(r.lines, (l) => l.topupsFen),
            positiveDue: r.dueFen > 0 ? 1 : 0,
          },
          { rechargesFen: Number(credits?.recharges), topupsFen: Number(credits?.topups), positiveDue: 1 },
        ),
      0,
    ),
  );

  for (const [day, note] of [
    [yesterday, rolledThrough && rolledThrough >= yesterday ? "rolled up" : "live"],
    [today, "live"],
  ] as const) {
    const e = await dayFigures(sql, day);
    log(
      `${day}: ${fmt(e.recharges)} recharges, ${fmt(e.topups)} top-ups, ${fmt(e.soldCards)} cards sold, ${fmt(e.outletRows)} outlets active`,
    );
    results.push(
      await measure(
        `GET recharges-by-channel ${day} (${note})`,
        TARGETS.dayReportMs,
        await get(`/v1/reports/recharges-by-channel?from=${day}&to=${day}`),
        (r: { data: unknown[]; totals: { count: number; amountFen: number } }) =>
          new Set(r.data.map((x) => (x as { channel: string }).channel)).size !== e.channels
            ? `${r.data.length} rows, expected ${e.channels} channels`
            : differences(
                { count: r.totals.count, amountFen: r.totals.amountFen },
                { count: e.recharges + e.topups, amountFen: e.rechargesFen + e.topupsFen },
              ),
      ),
    );
    results.push(
      await measure(
        `GET daily-sales ${day} (${note})`,
        TARGETS.dayReportMs,
        await get(`/v1/reports/daily-sales?from=${day}&to=${day}`),
        (r: { totals: { cardCount: number; amountFen: number } }) =>
          differences(
            { cardCount: r.totals.cardCount, amountFen: r.totals.amountFen },
            { cardCount: e.soldCards, amountFen: e.soldFen },
          ),
      ),
    );
    results.push(
      await measure(
        `GET remittance-variance ${day} (${note})`,
        TARGETS.dayReportMs,
        await get(`/v1/reports/remittance-variance?from=${day}&to=${day}`),
        (r: { data: { soldFen: number; confirmedFen: number }[] }) =>
          differences(
            {
              rows: r.data.length,
              soldFen: sum(r.data, (x) => x.soldFen),
              confirmedFen: sum(r.data, (x) => x.confirmedFen),
            },
            { rows: e.outletRows, soldFen: e.soldFen, confirmedFen: e.confirmedFen },
          ),
      ),
    );
  }

  const [float] = await sql<{ n: string; v: string }[]>`
    SELECT ((SELECT sum(card_count) FROM card_sales) - (SELECT count(*) FROM recharges))::text AS n,
           ((SELECT sum(amount_fen) FROM card_sales) - (SELECT sum(amount_fen) FROM recharges))::text AS v`;
  let figure = "";
  const floatResult = await measure(
    "GET card-float (today; scans cards, no target)",
    null,
    await get("/v1/reports/card-float"),
    (r: { totals: { cardCount: number; valueFen: number } }) => {
      figure = `float ${fmt(r.totals.cardCount)} cards, ${fmt(r.totals.valueFen / 100)} 元`;
      return differences(
        { cardCount: r.totals.cardCount, valueFen: r.totals.valueFen },
        { cardCount: Number(float?.n), valueFen: Number(float?.v) },
      );
    },
    0,
  );
  results.push({ ...floatResult, figure });
  return results;
}
