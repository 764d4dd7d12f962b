/** The Asia/Shanghai calendar date (YYYY-MM-DD) of an instant: business days are local. */
const formatter = new Intl.DateTimeFormat("en-CA", {
  timeZone: "Asia/Shanghai",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

/** Cached per UTC minute: every Asia/Shanghai date boundary falls on a whole minute. */
let cachedMinute = -1;
let cachedDate = "";

export function businessDate(at: Date): string {
  const minute = Math.floor(at.getTime() / 60_000);
  if (minute !== cachedMinute) {
    cachedDate = formatter.format(at);
    cachedMinute = minute;
  }
  return cachedDate;
}
