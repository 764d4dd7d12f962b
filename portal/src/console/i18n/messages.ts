import type { StaffRole } from "../api/client.ts";
import { en as adminEn, zh as adminZh } from "./admin-messages.ts";
import { en as approvalSummaryEn, zh as approvalSummaryZh } from "./approval-summary-messages.ts";
import { en as auditEn, zh as auditZh } from "./audit-messages.ts";
import { en as cardsEn, zh as cardsZh } from "./cards-messages.ts";
import { en as clerkEn, zh as clerkZh } from "./clerk-messages.ts";
import { en as correctionsEn, zh as correctionsZh } from "./corrections-messages.ts";
import { en as custodyEn, zh as custodyZh } from "./custody-messages.ts";
import { en as fundsEn, zh as fundsZh } from "./funds-messages.ts";
import type { Lang } from "./lang.ts";
import { en as reportsEn, zh as reportsZh } from "./reports-messages.ts";

/**
 * The console's words, Chinese first. What the shell and sign-in say is here; each role's screens
 * keep theirs in their own file (`clerk-messages.ts`, …), spread in below, so a new screen adds a
 * file and one line per language. `en` is typed by `zh`: a missing English text fails the build.
 */
const zh = {
  appTitle: "电费充值卡业务台",
  skipToContent: "跳到主要内容",
  otherLanguage: "English",
  signIn: {
    title: "员工登录",
    username: "用户名",
    password: "密码",
    submit: "登录",
    required: "请输入用户名和密码",
    resuming: "正在恢复会话…",
  },
  header: { unit: "单位", colon: "：", role: "角色", logout: "退出登录", navigation: "功能导航" },
  roles: {
    issuer: "发卡员",
    card_admin: "卡管员",
    clerk: "营业员",
    fund_admin: "资金管理员",
    settlement_officer: "结算员",
    auditor: "审计员",
    sysadmin: "系统管理员",
  } satisfies Record<StaffRole, string>,
  nav: { home: "首页", sell: "售卡", recharge: "柜台充值", sales: "当日售卡" },
  home: {
    title: "今日工作",
    clerk: "营业员：售卡（扫描或输入起止卡号）、为客户柜台充值、查看当日售卡并打印凭条。",
    none: "您的角色在业务台上的功能将陆续提供；在此之前请使用接口。",
  },
  ...clerkZh,
  ...fundsZh,
  ...auditZh,
  ...adminZh,
  ...custodyZh,
  ...cardsZh,
  ...reportsZh,
  ...correctionsZh,
  ...approvalSummaryZh,
  errors: {
    network: "连接不到服务器，请检查网络后重试（重试不会重复扣款）。",
    unknown: "操作未成功，请稍后重试。",
    requestId: "请求编号",
  },
};

export type Messages = typeof zh;

const en: Messages = {
  appTitle: "Recharge card console",
  skipToContent: "Skip to main content",
  otherLanguage: "中文",
  signIn: {
    title: "Staff sign-in",
    username: "Username",
    password: "Password",
    submit: "Sign in",
    required: "Enter your username and password",
    resuming: "Resuming your session…",
  },
  header: { unit: "Unit", colon: ": ", role: "Role", logout: "Sign out", navigation: "Navigation" },
  roles: {
    issuer: "Card issuer",
    card_admin: "Card administrator",
    clerk: "Counter clerk",
    fund_admin: "Fund administrator",
    settlement_officer: "Settlement officer",
    auditor: "Auditor",
    sysadmin: "System administrator",
  },
  nav: { home: "Home", sell: "Sell cards", recharge: "Counter recharge", sales: "Today's sales" },
  home: {
    title: "Today's work",
    clerk:
      "Counter clerk: sell cards (scan or type the first and last number), recharge a customer's account at the counter, see today's sales and print receipts.",
    none: "The console's screens for your role are still to come; until then, use the API.",
  },
  ...clerkEn,
  ...fundsEn,
  ...auditEn,
  ...adminEn,
  ...custodyEn,
  ...cardsEn,
  ...reportsEn,
  ...correctionsEn,
  ...approvalSummaryEn,
  errors: {
    network: "Cannot reach the server. Check the network and try again (a retry never charges twice).",
    unknown: "That did not work. Please try again shortly.",
    requestId: "Request id",
  },
};

export const MESSAGES: Record<Lang, Messages> = { "zh-CN": zh, en };
