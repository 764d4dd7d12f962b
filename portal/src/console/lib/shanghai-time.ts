/** Staff read every time and business day in Beijing time (Asia/Shanghai), whatever the browser's zone. */

/** Today's Asia/Shanghai business day as YYYY-MM-DD (the API's business days are Beijing dates). */
export const shanghaiToday = () =>
  new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(new Date());

/** Beijing date and time of an RFC 3339 instant. */
export const shanghaiTime = (iso: string | null, lang: string) =>
  iso ? new Date(iso).toLocaleString(lang, { timeZone: "Asia/Shanghai", hour12: false }) : "";

/** Beijing clock time (no date) of an RFC 3339 instant: a row of today's list. */
export const shanghaiClock = (iso: string, lang: string) =>
  new Date(iso).toLocaleTimeString(lang, { timeZone: "Asia/Shanghai", hour12: false });
