import { useCallback, useEffect, useRef, useState } from "react";
import { api, unwrap } from "../../api/client.ts";

/** Loads once on mount and again on `reload()`: the data, the error, and whether it is loading. */
export function useLoad<T>(load: () => Promise<T>) {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [loading, setLoading] = useState(true);
  const latest = useRef(load);
  latest.current = load;
  const reload = useCallback(() => {
    setLoading(true);
    latest
      .current()
      .then((d) => {
        setData(d);
        setError(null);
      })
      .catch(setError)
      .finally(() => setLoading(false));
  }, []);
  useEffect(reload, [reload]);
  return { data, error, loading, reload };
}

/** Beijing time of an RFC 3339 instant, as staff read it. */
export const shanghaiTime = (iso: string | null, lang: string) =>
  iso ? new Date(iso).toLocaleString(lang, { timeZone: "Asia/Shanghai", hour12: false }) : "";

/** The names of the units of the user's subtree: a unit id shown as staff know it. */
export function useUnitName() {
  const units = useLoad(async () => (await unwrap(api.GET("/v1/units", {}))).data);
  return (id: string | null) => (id ? (units.data?.find((u) => u.id === id)?.name ?? id) : "");
}
