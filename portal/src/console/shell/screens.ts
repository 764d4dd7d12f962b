import { type ComponentType, type LazyExoticComponent, lazy } from "react";
import type { StaffRole } from "../api/client.ts";
import type { Messages } from "../i18n/messages.ts";

/** Every role, in the order the console lists them; every staff user may change their own password. */
export const STAFF_ROLES: readonly StaffRole[] = [
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

/**
 * The console's screens and who sees them. Only screens that exist are listed; the navigation and
 * the home page show a user the screens of their roles. The API stays the authority: a screen
 * hidden here is also refused there.
 */
export const SCREENS: Screen[] = [
  // In the order of the navigation: a role sees its own, in this order.
  {
    id: "dashboard",
    roles: ["fund_admin", "settlement_officer", "auditor"],
    label: (m) => m.dashboard.title,
    // ECharts is imported by this screen only: its chunk loads when the dashboard is first opened.
    component: lazy(() => import("../screens/dashboard/Dashboard.tsx")),
  },
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
    id: "dispatch",
    roles: ["issuer"],
    label: (m) => m.cardsNav.dispatch,
    component: lazy(() => import("../screens/cards/RecordDispatch.tsx")),
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
    id: "remit",
    roles: ["fund_admin"],
    label: (m) => m.fundsNav.remit,
    component: lazy(() => import("../screens/funds/DeclareRemittance.tsx")),
  },
  {
    id: "remittance-confirm",
    roles: ["settlement_officer"],
    label: (m) => m.fundsNav.confirm,
    component: lazy(() => import("../screens/funds/ConfirmRemittances.tsx")),
  },
  {
    id: "settlement",
    roles: ["settlement_officer"],
    label: (m) => m.fundsNav.settlement,
    component: lazy(() => import("../screens/funds/SettlementRuns.tsx")),
  },
  {
    id: "clearing",
    roles: ["settlement_officer", "fund_admin"],
    label: (m) => m.fundsNav.clearing,
    component: lazy(() => import("../screens/funds/MonthlyClearing.tsx")),
  },
  {
    // Opened at the counter; the fund administrator decides them in the approvals inbox.
    id: "reversal-cases",
    roles: ["clerk"],
    label: (m) => m.corrections.nav.reversal,
    component: lazy(() => import("../screens/corrections/ReversalRequest.tsx")),
  },
  {
    // The clerk opens the case; the fund administrator records its payout once the money left.
    id: "refund-cases",
    roles: ["clerk", "fund_admin"],
    label: (m) => m.corrections.nav.refund,
    component: lazy(() => import("../screens/corrections/RefundRequest.tsx")),
  },
  {
    // Every role that may decide a maker-checker request (the API's DECIDERS).
    id: "approvals",
    roles: ["issuer", "card_admin", "fund_admin", "settlement_officer"],
    label: (m) => m.cardsNav.approvals,
    component: lazy(() => import("../screens/approvals/ApprovalInbox.tsx")),
  },
  {
    id: "reports",
    roles: ["fund_admin", "settlement_officer", "auditor", "card_admin"],
    label: (m) => m.reports.title,
    component: lazy(() => import("../screens/reports/Reports.tsx")),
  },
  {
    id: "audit",
    roles: ["auditor"],
    label: (m) => m.audit.nav.trail,
    component: lazy(() => import("../screens/audit/AuditTrail.tsx")),
  },
  {
    id: "audit-verify",
    roles: ["auditor"],
    label: (m) => m.audit.nav.verify,
    component: lazy(() => import("../screens/audit/AuditVerify.tsx")),
  },
  {
    id: "units",
    roles: ["sysadmin"],
    label: (m) => m.admin.nav.units,
    component: lazy(() => import("../screens/admin/Units.tsx")),
  },
  {
    id: "users",
    roles: ["sysadmin"],
    label: (m) => m.admin.nav.users,
    component: lazy(() => import("../screens/admin/Users.tsx")),
  },
  {
    id: "channel-clients",
    roles: ["sysadmin"],
    label: (m) => m.admin.nav.clients,
    component: lazy(() => import("../screens/admin/ChannelClients.tsx")),
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
