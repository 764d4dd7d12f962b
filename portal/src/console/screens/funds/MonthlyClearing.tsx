import { Button, Input, Spin } from "antd";
import { useState } from "react";
import { api, type Schemas, unwrap } from "../../api/client.ts";
import { formatFen } from "../../lib/card-input.ts";
import { shanghaiTime } from "../../lib/shanghai-time.ts";
import { useLoad } from "../../lib/use-load.ts";
import { useUnits } from "../../lib/use-units.ts";
import { useLang, useSession } from "../../session/use-session.ts";
import { ProblemAlert } from "../../shell/ProblemAlert.tsx";
import { json, previousMonth, shanghaiToday } from "./funds-shared.ts";
import "./funds.css";

type Clearing = Schemas["MonthlyClearing"];
type UnitRow = Clearing["units"][number];

/**
 * The monthly clearing statement (月度清算表): per accounting unit the month's sales, remittances,
 * recharges, top-ups, bills paid from balances, card-fund returns and the month-end float, and
 * the cross-unit matrix (cards sold in one unit, used by customers of another). The statement is
 * the printed document itself, A4 landscape; totals are sums of the rows shown.
 */
export default function MonthlyClearing() {
  const { lang, m } = useLang();
  const session = useSession();
  // The statement is signed by a person: 制表人 is the staff member's name, the login name only
  // where the account has no name to show.
  const preparedBy =
    session.status === "signed-in" ? session.me.displayName.trim() || session.me.username : "";
  const { nameOf } = useUnits();
  const [period, setPeriod] = useState(previousMonth());
  const [shown, setShown] = useState(period);
  const clearing = useLoad(
    async () =>
      json(
        await unwrap(
          api.GET("/v1/reports/monthly-clearing", { params: { query: { period: shown, format: "json" } } }),
        ),
      ),
    [shown],
  );
  const statement = clearing.loading ? null : clearing.data;
  const error = clearing.error;

  const c = m.clearing;
  return (
    <>
      <p>{c.intro}</p>
      <div className="pc-funds-toolbar pc-no-print">
        <label htmlFor="clearing-period">
          {c.period}
          <Input
            id="clearing-period"
            type="month"
            max={shanghaiToday().slice(0, 7)}
            value={period}
            onChange={(e) => setPeriod(e.target.value)}
            onPressEnter={() => setShown(period)}
          />
        </label>
        <Button autoInsertSpace={false} onClick={() => setShown(period)}>
          {c.show}
        </Button>
        <Button type="primary" disabled={!statement} onClick={() => window.print()}>
          {c.print}
        </Button>
      </div>
      <ProblemAlert error={error} />
      {statement ? (
        <Statement
          statement={statement}
          nameOf={(id) => statement.units.find((u) => u.unitId === id)?.unitName ?? nameOf(id)}
          printedAt={shanghaiTime(new Date().toISOString(), lang)}
          preparedBy={preparedBy}
        />
      ) : error ? null : (
        <Spin />
      )}
    </>
  );
}

const sum = (rows: UnitRow[], pick: (u: UnitRow) => number) => rows.reduce((s, u) => s + pick(u), 0);

function Statement({
  statement,
  nameOf,
  printedAt,
  preparedBy,
}: {
  statement: Clearing;
  nameOf(id: string): string;
  printedAt: string;
  preparedBy: string;
}) {
  const { m } = useLang();
  const c = m.clearing;
  const units = statement.units;
  const money: [string, (u: UnitRow) => number, ((u: UnitRow) => number)?][] = [
    [c.sold, (u) => u.cardsSold.valueFen, (u) => u.cardsSold.count],
    [c.remitted, (u) => u.remittedFen],
    [c.recharges, (u) => u.recharges.valueFen, (u) => u.recharges.count],
    [c.topups, (u) => u.topups.valueFen, (u) => u.topups.count],
    [c.billsPaid, (u) => u.billsPaidFen],
    // One net column keeps the printed statement on an A4 page; the API gives the three apart.
    [c.corrections, (u) => u.reversalsIn.valueFen - u.reversalsOut.valueFen - u.refunds.valueFen],
    [c.returned, (u) => u.returnedFen],
    [c.float, (u) => u.float.valueFen, (u) => u.float.count],
  ];

  const sellers = [...new Set(statement.crossUnit.map((x) => x.soldInUnitId))].sort();
  const users = [...new Set(statement.crossUnit.map((x) => x.usedInUnitId))].sort();
  const cell = (sold: string, used: string) =>
    statement.crossUnit.find((x) => x.soldInUnitId === sold && x.usedInUnitId === used);
  const rowTotal = (sold: string) =>
    statement.crossUnit.filter((x) => x.soldInUnitId === sold).reduce((s, x) => s + x.valueFen, 0);
  const colTotal = (used: string) =>
    statement.crossUnit.filter((x) => x.usedInUnitId === used).reduce((s, x) => s + x.valueFen, 0);
  const countOf = (xs: { count: number }[]) => xs.reduce((s, x) => s + x.count, 0);

  return (
    <section
      className="pc-print-doc"
      data-page="a4-landscape"
      aria-labelledby="clearing-title"
      data-testid="clearing-statement"
    >
      <h2 className="pc-doc-title" id="clearing-title">
        {c.title} · {statement.period}
      </h2>
      <p className="pc-doc-subtitle">{c.range(statement.from, statement.to)}</p>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a statement wider than the screen scrolls, and a keyboard must reach it (axe: scrollable-region-focusable) */}
      <section className="pc-doc-scroll" tabIndex={0} aria-labelledby="clearing-title">
        <table className="pc-doc-table pc-statement-table" data-testid="clearing-units">
          <thead>
            <tr>
              <th scope="col" rowSpan={2}>
                {c.unit}
              </th>
              {money.map(([label, , count]) => (
                <th
                  key={label}
                  scope="colgroup"
                  colSpan={count ? 2 : 1}
                  className={count ? undefined : "pc-money"}
                >
                  {label}
                </th>
              ))}
            </tr>
            <tr>
              {money.flatMap(([label, , count]) =>
                count
                  ? [
                      <th key={`${label}-n`} scope="col" className="pc-money">
                        {c.countHead}
                      </th>,
                      <th key={`${label}-v`} scope="col" className="pc-money">
                        {c.valueHead}
                      </th>,
                    ]
                  : [
                      <th key={`${label}-v`} scope="col" className="pc-money">
                        {c.valueHead}
                      </th>,
                    ],
              )}
            </tr>
          </thead>
          <tbody>
            {units.length === 0 ? (
              <tr>
                <td colSpan={money.reduce((n, [, , count]) => n + (count ? 2 : 1), 1)}>{c.noUnits}</td>
              </tr>
            ) : null}
            {units.map((u) => (
              <tr key={u.unitId} data-unit={u.unitId}>
                <th scope="row">{u.unitName}</th>
                {money.flatMap(([label, value, count]) => [
                  ...(count
                    ? [
                        <td key={`${label}-n`} className="pc-money">
                          {count(u)}
                        </td>,
                      ]
                    : []),
                  <td key={`${label}-v`} className="pc-money">
                    {formatFen(value(u))}
                  </td>,
                ])}
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr data-testid="clearing-total">
              <th scope="row">{m.money.total}</th>
              {money.flatMap(([label, value, count]) => [
                ...(count
                  ? [
                      <td key={`${label}-n`} className="pc-money">
                        {sum(units, count)}
                      </td>,
                    ]
                  : []),
                <td key={`${label}-v`} className="pc-money">
                  {formatFen(sum(units, value))}
                </td>,
              ])}
            </tr>
          </tfoot>
        </table>
      </section>

      <h3 className="pc-doc-subheading">{c.matrixTitle}</h3>
      {statement.crossUnit.length === 0 ? (
        <p>{c.noCross}</p>
      ) : (
        <div className="pc-doc-scroll">
          <table className="pc-doc-table pc-statement-table" data-testid="clearing-matrix">
            <thead>
              <tr>
                <th scope="col">{c.soldIn}</th>
                {users.map((used) => (
                  <th key={used} scope="col" className="pc-money">
                    {nameOf(used)}
                  </th>
                ))}
                <th scope="col" className="pc-money">
                  {m.money.total}
                </th>
              </tr>
            </thead>
            <tbody>
              {sellers.map((sold) => (
                <tr key={sold}>
                  <th scope="row">{nameOf(sold)}</th>
                  {users.map((used) => {
                    const x = cell(sold, used);
                    return (
                      <td key={used} className="pc-money" data-cell={`${sold}>${used}`}>
                        {x ? `${formatFen(x.valueFen)} (${x.count})` : "—"}
                      </td>
                    );
                  })}
                  <td className="pc-money">
                    {formatFen(rowTotal(sold))} (
                    {countOf(statement.crossUnit.filter((x) => x.soldInUnitId === sold))})
                  </td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">{m.money.total}</th>
                {users.map((used) => (
                  <td key={used} className="pc-money">
                    {formatFen(colTotal(used))} (
                    {countOf(statement.crossUnit.filter((x) => x.usedInUnitId === used))})
                  </td>
                ))}
                <td className="pc-money" data-testid="matrix-total">
                  {formatFen(statement.crossUnit.reduce((s, x) => s + x.valueFen, 0))} (
                  {countOf(statement.crossUnit)})
                </td>
              </tr>
            </tfoot>
          </table>
        </div>
      )}
      <div className="pc-signatures">
        {[
          [c.preparedBy, preparedBy],
          [c.reviewer, ""],
          [c.head, ""],
        ].map(([who, name]) => (
          <div key={who} className="pc-signature">
            <span>
              {who}
              {m.header.colon}
              {name}
            </span>
            <span className="pc-signature-line" />
          </div>
        ))}
      </div>
      <p className="pc-doc-footer">
        {c.printedAt}
        {m.header.colon}
        {printedAt}
      </p>
    </section>
  );
}
