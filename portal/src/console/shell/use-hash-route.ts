import { useEffect, useState } from "react";

/**
 * The console is one static page; its screens are hash routes (#/sell), so a reload or the
 * language switch keeps the screen without a server-side router.
 */
const current = () => window.location.hash.replace(/^#\/?/, "") || "home";

export function useHashRoute(): [string, (id: string) => void] {
  const [route, setRoute] = useState(current);
  useEffect(() => {
    const onChange = () => setRoute(current());
    window.addEventListener("hashchange", onChange);
    return () => window.removeEventListener("hashchange", onChange);
  }, []);
  const go = (id: string) => {
    window.location.hash = id === "home" ? "/" : `/${id}`;
  };
  return [route, go];
}
