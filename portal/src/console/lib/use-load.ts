import { type DependencyList, useCallback, useEffect, useRef, useState } from "react";

/**
 * The one data loader of the console's screens: loads on mount, again when `deps` change and on
 * `reload()` (after an action). Gives the data, the error (shown in words by ProblemAlert) and
 * whether it is loading. Only the latest call's answer is kept, so a slow earlier answer never
 * overwrites a newer one (a filter changed twice quickly).
 */
export function useLoad<T>(load: () => Promise<T>, deps: DependencyList = []) {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [loading, setLoading] = useState(true);
  const latest = useRef(load);
  latest.current = load;
  const calls = useRef(0);
  const reload = useCallback(() => {
    const call = ++calls.current;
    setLoading(true);
    latest
      .current()
      .then((d) => {
        if (call !== calls.current) return;
        setData(d);
        setError(null);
      })
      .catch((e: unknown) => {
        if (call === calls.current) setError(e);
      })
      .finally(() => {
        if (call === calls.current) setLoading(false);
      });
  }, []);
  useEffect(reload, [reload, ...deps]);
  return { data, error, loading, reload };
}

/** Every page of a cursor-paginated list (`{ data, nextCursor }`), in order. */
export async function allPages<T>(
  page: (cursor: string | undefined) => Promise<{ data: T[]; nextCursor?: string | null }>,
): Promise<T[]> {
  const all: T[] = [];
  let cursor: string | undefined;
  do {
    const p = await page(cursor);
    all.push(...p.data);
    cursor = p.nextCursor ?? undefined;
  } while (cursor);
  return all;
}
