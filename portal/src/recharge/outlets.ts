/** Fills the outlets table from the API; the page itself is static. */
import { type Lang, MESSAGES } from "./messages.ts";

const status = document.getElementById("outlets-status");
const table = document.getElementById("outlets") as HTMLTableElement | null;
if (status && table) void load(status, table);

interface Outlet {
  name: string;
  bureau: string;
  city: string | null;
  address: string | null;
  phone: string | null;
}

async function load(status: HTMLElement, table: HTMLTableElement) {
  const t = MESSAGES[(status.dataset.lang as Lang) ?? "zh-CN"];
  try {
    const res = await fetch("/v1/public/outlets", { signal: AbortSignal.timeout(20_000) });
    if (!res.ok) throw new Error(String(res.status));
    const { data } = (await res.json()) as { data: Outlet[] };
    const body = table.tBodies[0] as HTMLTableSectionElement;
    for (const outlet of data) {
      const row = body.insertRow();
      row.insertCell().textContent = outlet.name;
      row.insertCell().textContent = [outlet.city, outlet.bureau]
        .filter((v, i, all) => v && all.indexOf(v) === i)
        .join(" · ");
      row.insertCell().textContent = [outlet.address, outlet.phone].filter(Boolean).join(" · ") || "—";
    }
    status.textContent = "";
    status.hidden = true;
    table.hidden = false;
  } catch {
    status.textContent = t.outletsFailed;
  }
}
