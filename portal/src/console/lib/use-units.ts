import { api, type Schemas, unwrap } from "../api/client.ts";
import { useLoad } from "./use-load.ts";

export type Unit = Schemas["Unit"];

/**
 * The units of the user's subtree (the API lists parents before children), loaded once, with a
 * reload after a change, and `nameOf` to show a unit id as staff know it.
 */
export function useUnits() {
  const { data, error, reload } = useLoad(async () => (await unwrap(api.GET("/v1/units"))).data);
  const nameOf = (id: string | null | undefined) => (id ? (data?.find((u) => u.id === id)?.name ?? id) : "");
  return { units: data, error, reload, nameOf };
}
