import { businessDate } from "@powercard/db";

/** Today's business day (Asia/Shanghai), as the API dates sales and remittances: never the UTC date. */
export const currentBusinessDay = () => businessDate(new Date());
/** The Asia/Shanghai month of today, YYYY-MM: what the test world's recharges are dated in. */
export const currentPeriod = () => currentBusinessDay().slice(0, 7);

/** The month `n` months after `period` (n may be negative). */
export function monthAfter(period: string, n: number): string {
  const [y, m] = period.split("-").map(Number) as [number, number];
  return new Date(Date.UTC(y, m - 1 + n, 1)).toISOString().slice(0, 7);
}

/** An instant on the 2nd of the month after `period` (10:00 in Shanghai): the period is finished. */
export function clockAfter(period: string): Date {
  const [y, m] = period.split("-").map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 2, 2));
}
