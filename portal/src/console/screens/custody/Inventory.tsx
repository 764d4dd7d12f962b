import { Segmented, Table, Typography } from "antd";
import { useMemo, useState } from "react";
import { api, type Schemas, unwrap } from "../../api/client.ts";
import { formatFen } from "../../lib/card-input.ts";
import { useLoad } from "../../lib/use-load.ts";
import { type Unit, useUnits } from "../../lib/use-units.ts";
import { useLang } from "../../session/use-session.ts";
import { ProblemAlert } from "../../shell/ProblemAlert.tsx";

type InventoryRow = Schemas["InventoryRow"];
type State = InventoryRow["state"];

/** The lifecycle order, for the columns. */
const STATE_ORDER: State[] = [
  "generated",
  "in_transit",
  "in_stock",
  "in_transfer",
  "sold",
  "used",
  "locked",
  "frozen",
  "scrapped",
  "destroyed",
];

interface Line {
  unit: Unit;
  depth: number;
  counts: Partial<Record<State, number>>;
  count: number;
  valueFen: number;
}

/** The units of the caller's subtree in tree order (parent, then its children by code), with depth. */
export function treeOrder(units: Unit[]): { unit: Unit; depth: number }[] {
  const ids = new Set(units.map((u) => u.id));
  const children = new Map<string | null, Unit[]>();
  for (const u of units) {
    const parent = u.parentId && ids.has(u.parentId) ? u.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), u]);
  }
  const out: { unit: Unit; depth: number }[] = [];
  const walk = (parent: string | null, depth: number) => {
    for (const u of (children.get(parent) ?? []).sort((a, b) => a.code.localeCompare(b.code))) {
      out.push({ unit: u, depth });
      walk(u.id, depth + 1);
    }
  };
  walk(null, 0);
  return out;
}

/**
 * The inventory of the caller's units: one row per unit (indented as the tree), a column per card
 * state, the row's total count and value, and the column sums — for one face value or all.
 */
export default function Inventory() {
  const { m } = useLang();
  const t = m.custody.inventory;
  const { units, error: unitsError } = useUnits();
  const inventory = useLoad(async () => (await unwrap(api.GET("/v1/inventory"))).rows);
  const rows = inventory.data;
  const error = inventory.error ?? unitsError;
  const [face, setFace] = useState<number | "all">("all");

  const faces = useMemo(
    () => [...new Set((rows ?? []).map((r) => r.faceValueFen))].sort((a, b) => a - b),
    [rows],
  );
  const picked = (rows ?? []).filter((r) => face === "all" || r.faceValueFen === face);
  const states = STATE_ORDER.filter((s) => picked.some((r) => r.state === s));
  const lines: Line[] = treeOrder(units ?? []).map(({ unit, depth }) => {
    const mine = picked.filter((r) => r.unitId === unit.id);
    const counts: Partial<Record<State, number>> = {};
    for (const r of mine) counts[r.state] = (counts[r.state] ?? 0) + r.count;
    return {
      unit,
      depth,
      counts,
      count: mine.reduce((n, r) => n + r.count, 0),
      valueFen: mine.reduce((n, r) => n + r.valueFen, 0),
    };
  });
  const columnSum = (s: State) => picked.filter((r) => r.state === s).reduce((n, r) => n + r.count, 0);
  const totalCount = picked.reduce((n, r) => n + r.count, 0);
  const totalFen = picked.reduce((n, r) => n + r.valueFen, 0);

  return (
    <>
      <Typography.Paragraph>{t.intro}</Typography.Paragraph>
      <ProblemAlert error={error} />
      <div className="pc-paper">
        <span id="pc-face-label">{t.face}</span>
        <Segmented<number | "all">
          aria-labelledby="pc-face-label"
          value={face}
          onChange={setFace}
          options={[
            { value: "all", label: t.allFaces },
            ...faces.map((f) => ({ value: f, label: `¥${formatFen(f)}` })),
          ]}
        />
      </div>
      <Table<Line>
        rowKey={(l) => l.unit.id}
        loading={inventory.loading}
        dataSource={totalCount === 0 ? [] : lines}
        pagination={false}
        size="small"
        scroll={{ x: true }}
        locale={{ emptyText: t.empty }}
        data-testid="inventory"
        columns={[
          {
            title: t.unit,
            key: "unit",
            render: (_, l) => (
              <span className={`pc-tree-depth-${Math.min(l.depth, 4)}`} data-unit={l.unit.id}>
                {l.unit.name}
              </span>
            ),
          },
          ...states.map((s) => ({
            title: m.custody.states[s],
            key: s,
            align: "right" as const,
            render: (_: unknown, l: Line) => <span data-state={s}>{l.counts[s] ?? 0}</span>,
          })),
          {
            title: t.rowTotal,
            key: "count",
            align: "right",
            render: (_, l) => <strong data-testid={`row-count-${l.unit.id}`}>{l.count}</strong>,
          },
          {
            title: t.rowValue,
            key: "value",
            align: "right",
            render: (_, l) => formatFen(l.valueFen),
          },
        ]}
        summary={() =>
          totalCount === 0 ? null : (
            <Table.Summary.Row>
              <Table.Summary.Cell index={0}>
                <strong>{t.total}</strong>
              </Table.Summary.Cell>
              {states.map((s, i) => (
                <Table.Summary.Cell key={s} index={i + 1} align="right">
                  <strong data-testid={`sum-${s}`}>{columnSum(s)}</strong>
                </Table.Summary.Cell>
              ))}
              <Table.Summary.Cell index={states.length + 1} align="right">
                <strong data-testid="total-count">{totalCount}</strong>
              </Table.Summary.Cell>
              <Table.Summary.Cell index={states.length + 2} align="right">
                <strong data-testid="total-value">{formatFen(totalFen)}</strong>
              </Table.Summary.Cell>
            </Table.Summary.Row>
          )
        }
      />
    </>
  );
}
