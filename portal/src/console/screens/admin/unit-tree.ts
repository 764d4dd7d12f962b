import type { Unit } from "../../lib/use-units.ts";

export type { Unit };
export interface UnitNode {
  key: string;
  value: string;
  title: string;
  unit: Unit;
  children: UnitNode[];
}

/** The units of the user's subtree as a tree (the API lists parents before children). */
export function unitTree(units: Unit[], label: (u: Unit) => string = (u) => u.name): UnitNode[] {
  const nodes = new Map<string, UnitNode>();
  const roots: UnitNode[] = [];
  for (const unit of units) {
    const node = { key: unit.id, value: unit.id, title: label(unit), unit, children: [] };
    nodes.set(unit.id, node);
    const parent = unit.parentId ? nodes.get(unit.parentId) : undefined;
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  return roots;
}
