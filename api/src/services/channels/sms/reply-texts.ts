import type { RechargeFailure } from "../channel-recharge.ts";
import { formatYuan } from "../yuan.ts";
import type { InvalidSmsReason, SmsCommandName } from "./parse-sms-command.ts";

/**
 * The replies, in zh-CN. One SMS segment is 70 characters in UCS-2, so each reply fits one
 * where it can. A reply never contains the PIN, the card number or any part of the text that
 * was sent; names are masked before they get here.
 */
const RECHARGE_USAGE = "充值请发：CZ 户号 卡号 密码";
const BALANCE_USAGE = "查余额请发：YE 户号";

export const SMS_HELP = `${RECHARGE_USAGE}；${BALANCE_USAGE}。户号10位，卡号和密码各16位，可用空格分隔。`;

const usage = (command?: SmsCommandName) =>
  command === "recharge" ? `${RECHARGE_USAGE}。` : command === "balance" ? `${BALANCE_USAGE}。` : "";

const INVALID: Record<InvalidSmsReason, (command?: SmsCommandName) => string> = {
  empty: () => SMS_HELP,
  too_long: () => `短信过长，未能识别。${RECHARGE_USAGE}；${BALANCE_USAGE}。`,
  unknown_command: () => `未能识别。${RECHARGE_USAGE}；${BALANCE_USAGE}。`,
  not_digits: (command) => `户号、卡号和密码只能是数字。${usage(command)}`,
  customer_no_missing: (command) => `缺少户号。${usage(command)}`,
  customer_no_format: (command) => `户号应为10位数字，请核对。${usage(command)}`,
  card_no_missing: () => `缺少卡号和密码。${RECHARGE_USAGE}。`,
  card_no_format: () => `卡号应为16位数字，请核对。${RECHARGE_USAGE}。`,
  card_no_check_digit: () => "卡号有误，请按卡面号码核对后重发。",
  pin_missing: () => `缺少密码。${RECHARGE_USAGE}。`,
  pin_format: () => `密码应为16位数字，请刮开卡背涂层核对后重发。`,
  extra_input: (command) => `内容多余，未能识别。${usage(command)}`,
};

export function invalidReply(reason: InvalidSmsReason, command?: SmsCommandName): string {
  return INVALID[reason](command);
}

export function rechargedReply(v: {
  customerNo: string;
  maskedName: string;
  amountFen: number;
  balanceFen: number;
}) {
  return `充值成功：户号${v.customerNo}（${v.maskedName}）充值${formatYuan(v.amountFen)}，当前余额${formatYuan(v.balanceFen)}。`;
}

const RECHARGE_FAILED: Record<Exclude<RechargeFailure, "rate_limited">, string> = {
  pin_incorrect: "充值失败：卡号或密码错误，请核对后重发。密码连续错5次将锁卡。",
  card_already_used: "充值失败：该卡已被使用，不能重复充值。如有疑问请拨打95598。",
  card_not_sold: "充值失败：该卡尚未售出，暂不能充值，请联系售卡网点。",
  card_frozen: "充值失败：该卡已挂失冻结，不能充值。如有疑问请拨打95598。",
  card_locked: "充值失败：该卡因密码错误次数过多已锁定，请持卡到供电营业厅解锁。",
  customer_not_found: "充值失败：户号不存在，请核对户号后重发。",
  account_closed: "充值失败：该户号已销户，不能充值，卡未使用。余额退费请拨打95598或到供电营业厅办理。",
  idempotency_key_reused: "该短信编号已用于另一条短信，本条未处理，请重新发送。",
  idempotency_in_progress: "您的充值正在处理中，请稍后发送“YE 户号”查询余额。",
};

export const rechargeFailedReply = (code: RechargeFailure, waitSeconds = 60) =>
  code === "rate_limited"
    ? `失败次数过多，请${Math.ceil(waitSeconds / 60)}分钟后再试。`
    : RECHARGE_FAILED[code];

export function balanceReply(v: { customerNo: string; maskedName: string; balanceFen: number }) {
  return `户号${v.customerNo}（${v.maskedName}）当前余额${formatYuan(v.balanceFen)}。`;
}

/** The same words whether the customer is unknown or the phone is not theirs: nothing is revealed. */
export const BALANCE_REFUSED = "余额只发送到该户号登记的手机号码。如需帮助请拨打95598。";
