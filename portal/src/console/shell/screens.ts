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
    id: "card-requests",
    roles: ["card_admin"],
    label: (m) => m.cardsNav.requests,
    component: lazy(() => import("../screens/cards/ProductionRequests.tsx")),
  },
  {
    id: "production-plans",
    roles: ["issuer"],
    label: (m) => m.cardsNav.plans,
    component: lazy(() => import("../screens/cards/ProductionPlans.tsx")),
  },
  {
    id: "production-orders",
    roles: ["issuer"],
    label: (m) => m.cardsNav.orders,
    component: lazy(() => import("../screens/cards/ProductionOrders.tsx")),
  },
  {
    id: "shipments",
    roles: ["card_admin"],
    label: (m) => m.cardsNav.shipments,
    component: lazy(() => import("../screens/cards/ReceiveShipments.tsx")),
  },
  {
    id: "card-transfers",
    roles: ["card_admin", "clerk"],
    label: (m) => m.cardsNav.transfers,
    component: lazy(() => import("../screens/cards/CardTransfers.tsx")),
  },
  {
    // Every role that may decide a maker-checker request (the API's DECIDERS).
    id: "approvals",
    roles: ["issuer", "card_admin", "fund_admin", "settlement_officer"],
    label: (m) => m.cardsNav.approvals,
    component: lazy(() => import("../screens/approvals/ApprovalInbox.tsx")),
  },
];

export const screensFor = (roles: readonly StaffRole[]) =>
  SCREENS.filter((s) => s.roles.some((r) => roles.includes(r)));
