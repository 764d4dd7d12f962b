/** The Asia/Shanghai calendar date (YYYY-MM-DD) of an instant: business days are local. */
const formatter = new Intl.DateTimeFormat("en-CA", {
  timeZone: "Asia/Shanghai",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

export function businessDate(at: Date): string {
  return formatter.format(at);
}
