import { useEffect, useState } from "react";
import { api, type Schemas, unwrap } from "../../api/client.ts";

/** Asia/Shanghai dates and months, as the API dates business days (never the UTC date). */
export const shanghaiToday = () =>
  new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(new Date());

/** `date` (YYYY-MM-DD) moved by `days`, calendar arithmetic in UTC (no time zone involved). */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** The Asia/Shanghai month before this one, YYYY-MM: the latest month a run can settle. */
export function previousMonth(today = shanghaiToday()): string {
  const [y, m] = today.split("-").map(Number) as [number, number];
  return new Date(Date.UTC(y, m - 2, 1)).toISOString().slice(0, 7);
}

export const shanghaiTime = (iso: string, lang: string) =>
  new Date(iso).toLocaleString(lang, { timeZone: "Asia/Shanghai", hour12: false });

export type Unit = Schemas["Unit"];

/** The units of the user's subtree, to show names instead of ids. */
export function useUnits(): { units: Unit[]; nameOf(id: string): string } {
  const [units, setUnits] = useState<Unit[]>([]);
  useEffect(() => {
    unwrap(api.GET("/v1/units"))
      .then((r) => setUnits(r.data))
      .catch(() => setUnits([]));
  }, []);
  return { units, nameOf: (id) => units.find((u) => u.id === id)?.name ?? id };
}

/** A report route answers JSON or CSV; the funds screens ask for JSON (`format: "json"`). */
export function json<T>(body: T | string): T {
  if (typeof body === "string") throw new Error("expected a JSON report, got CSV");
  return body;
}
