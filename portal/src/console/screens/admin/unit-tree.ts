import { useCallback, useEffect, useState } from "react";
import { api, type Schemas, unwrap } from "../../api/client.ts";

export type Unit = Schemas["Unit"];
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

/** The units the user sees, loaded once, with a reload after a change. */
export function useUnits() {
  const [units, setUnits] = useState<Unit[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const reload = useCallback(async () => {
    try {
      setUnits((await unwrap(api.GET("/v1/units"))).data);
    } catch (e) {
      setError(e);
    }
  }, []);
  useEffect(() => {
    void reload();
  }, [reload]);
  const nameOf = (id: string | null | undefined) => (id ? (units?.find((u) => u.id === id)?.name ?? id) : "");
  return { units, error, reload, nameOf };
}
