import { type ComponentType, type LazyExoticComponent, lazy } from "react";
import type { StaffRole } from "../api/client.ts";
import type { Messages } from "../i18n/messages.ts";

/**
 * The console's screens and who sees them. Only screens that exist are listed; the navigation and
 * the home page show a user the screens of their roles. The API stays the authority: a screen
 * hidden here is also refused there.
 */
export interface Screen {
  id: string;
  roles: readonly StaffRole[];
  label: (m: Messages) => string;
  /** Each screen is its own chunk, loaded when first opened. */
  component: LazyExoticComponent<ComponentType>;
}

export const SCREENS: Screen[] = [
  {
    id: "sell",
    roles: ["clerk"],
    label: (m) => m.nav.sell,
    component: lazy(() => import("../screens/clerk/SellCards.tsx")),
  },
  {
    id: "recharge",
    roles: ["clerk"],
    label: (m) => m.nav.recharge,
    component: lazy(() => import("../screens/clerk/CounterRecharge.tsx")),
  },
  {
    id: "sales",
    roles: ["clerk"],
    label: (m) => m.nav.sales,
    component: lazy(() => import("../screens/clerk/TodaySales.tsx")),
  },
  {
    id: "dashboard",
    roles: ["fund_admin", "settlement_officer", "auditor"],
    label: (m) => m.dashboard.title,
    // ECharts is imported by this screen only: its chunk loads when the dashboard is first opened.
    component: lazy(() => import("../screens/dashboard/Dashboard.tsx")),
  },
  {
    id: "reports",
    roles: ["fund_admin", "settlement_officer", "auditor", "card_admin"],
    label: (m) => m.reports.title,
    component: lazy(() => import("../screens/reports/Reports.tsx")),
  },
];

export const screensFor = (roles: readonly StaffRole[]) =>
  SCREENS.filter((s) => s.roles.some((r) => roles.includes(r)));
