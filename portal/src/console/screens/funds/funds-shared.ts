import { shanghaiToday } from "../../lib/shanghai-time.ts";

export { shanghaiToday };

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

/** A report route answers JSON or CSV; the funds screens ask for JSON (`format: "json"`). */
export function json<T>(body: T | string): T {
  if (typeof body === "string") throw new Error("expected a JSON report, got CSV");
  return body;
}
