import { type ComponentType, type LazyExoticComponent, lazy } from "react";
import type { StaffRole } from "../api/client.ts";
import type { Messages } from "../i18n/messages.ts";

/**
 * The console's screens and who sees them. Only screens that exist are listed; the navigation and
 * the home page show a user the screens of their roles. The API stays the authority: a screen
 * hidden here is also refused there.
 */
/** Every role: what every staff user may do (change their own password). */
const STAFF_ROLES: readonly StaffRole[] = [
  "issuer",
  "card_admin",
  "clerk",
  "fund_admin",
  "settlement_officer",
  "auditor",
  "sysadmin",
];

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
    id: "recharges",
    roles: ["clerk"],
    label: (m) => m.custody.nav.recharges,
    component: lazy(() => import("../screens/clerk/TodayRecharges.tsx")),
  },
  {
    id: "ranges",
    roles: ["card_admin"],
    label: (m) => m.custody.nav.ranges,
    component: lazy(() => import("../screens/custody/CardRanges.tsx")),
  },
  {
    id: "inventory",
    roles: ["card_admin", "issuer", "auditor"],
    label: (m) => m.custody.nav.inventory,
    component: lazy(() => import("../screens/custody/Inventory.tsx")),
  },
  {
    id: "card",
    roles: ["card_admin", "issuer", "auditor"],
    label: (m) => m.custody.nav.lookup,
    component: lazy(() => import("../screens/custody/CardLookup.tsx")),
  },
  {
    id: "password",
    roles: STAFF_ROLES,
    label: (m) => m.custody.nav.password,
    component: lazy(() => import("../screens/account/ChangePassword.tsx")),
  },
];

export const screensFor = (roles: readonly StaffRole[]) =>
  SCREENS.filter((s) => s.roles.some((r) => roles.includes(r)));
