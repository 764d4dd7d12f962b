import type { RechargeFailure } from "../channel-recharge.ts";
import { speakDigits, speakYuan } from "../yuan.ts";

/**
 * What the 95598 IVR speaks, in zh-CN, written for a TTS engine: numbers that are identifiers
 * are spoken digit by digit, amounts as 元/角/分, and a masked name's hidden characters as 某.
 * The menu keys ("按1确认") belong to the IVR's own prompts and are not spoken here.
 */
export const IVR_INPUT_FAILURES = ["customer_no_invalid", "card_no_invalid", "pin_invalid"] as const;
export type IvrInputFailure = (typeof IVR_INPUT_FAILURES)[number];
export type IvrFailure = IvrInputFailure | RechargeFailure;

const spokenName = (maskedName: string) => maskedName.replace(/\*/g, "某");

export const speakCustomer = (customerNo: string, maskedName: string) =>
  `您输入的户号是${speakDigits(customerNo)}，户名${spokenName(maskedName)}。`;

export const speakRecharged = (amountFen: number, balanceFen: number) =>
  `您已成功充值${speakYuan(amountFen)}，当前余额${speakYuan(balanceFen)}。`;

export const speakBalance = (balanceFen: number) => `您的户号当前余额${speakYuan(balanceFen)}。`;

const FAILURES: Record<Exclude<IvrFailure, "rate_limited">, string> = {
  customer_no_invalid: "户号应为10位数字，请重新输入。",
  card_no_invalid: "卡号有误，卡号为卡面上的16位数字，请核对后重新输入。",
  pin_invalid: "密码应为16位数字，请刮开卡背涂层核对后重新输入。",
  customer_not_found: "您输入的户号不存在，请核对后重新输入。",
  account_closed: "该户号已销户，不能充值，本次未扣卡。如需办理余额退费，请咨询95598或到供电营业厅办理。",
  pin_incorrect: "卡号或密码错误，请核对后重新输入。密码连续输错5次，该卡将被锁定。",
  card_already_used: "该充值卡已经使用过，不能重复充值。",
  card_not_sold: "该充值卡尚未售出，暂不能充值，请联系售卡网点。",
  card_frozen: "该充值卡已挂失冻结，不能充值。如有疑问请咨询95598。",
  card_locked: "该充值卡因密码输错次数过多已被锁定，请持卡到供电营业厅办理解锁。",
  idempotency_in_progress: "您的充值正在处理中，请稍后查询余额。",
  idempotency_key_reused: "充值请求有误，本次未充值，请稍后重新拨打。",
};

export const speakFailure = (code: IvrFailure, waitSeconds = 60) =>
  code === "rate_limited" ? `输入错误次数过多，请${Math.ceil(waitSeconds / 60)}分钟后再试。` : FAILURES[code];
