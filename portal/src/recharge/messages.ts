/** Every text of the recharge page, in both languages. The page and its script share it. */
export type Lang = "zh-CN" | "en";

export const MESSAGES = {
  "zh-CN": {
    pageTitle: "电费充值卡自助充值",
    intro: "刮开充值卡背面的涂层，输入户号、卡号和密码，卡面金额将充入您的电费充值账户。",
    otherLanguage: "English",
    otherLanguageHref: "/en/recharge",
    docsLink: "开发者文档",
    docsHref: "/",
    customerNo: "户号",
    customerNoHint: "10 位数字，印在电费通知单上。",
    cardNo: "卡号",
    cardNoHint: "16 位数字，印在卡片正面，可按卡面分组输入。",
    pin: "密码",
    pinHint: "16 位数字，在卡片背面涂层下。",
    submit: "确认充值",
    submitting: "正在充值…",
    noscript: "本页需要启用 JavaScript 才能充值。也可以拨打 95598 或发送短信充值。",
    cardIncomplete: (left: number) => `还需输入 ${left} 位。`,
    cardValid: "卡号格式正确。",
    cardInvalid: "卡号有误：最后一位校验码不符，请对照卡面逐位核对。",
    customerNoInvalid: "户号应为 10 位数字。",
    cardNoMissing: "卡号应为 16 位数字。",
    pinInvalid: "密码应为 16 位数字。",
    success: (v: { customerNo: string; name: string; amount: string; balance: string }) =>
      `充值成功：户号 ${v.customerNo}（${v.name}）已充值 ${v.amount} 元，当前余额 ${v.balance} 元。`,
    refused:
      "充值未成功：卡号、密码或户号有误，请核对后重试。同一张卡输错 5 次密码后将不能在网上、电话或短信充值，但仍可到营业厅柜台或通过银行充值；如确认无误仍无法充值，请拨打 95598。",
    alreadyUsed: "这张卡已经充值使用过，不能再次充值。如有疑问请拨打 95598。",
    notSold: "这张卡尚未售出，暂时不能充值，请联系售卡网点。",
    frozen: "这张卡已挂失冻结，不能充值。如有疑问请拨打 95598。",
    otherRefusal: (requestId: string) =>
      `充值未成功，请核对后重试。如有疑问请拨打 95598，并提供编号 ${requestId}。`,
    rateLimited: (wait: string) => `尝试次数过多，为保护您的账户，请 ${wait} 后再试。`,
    minutes: (n: number) => `${n} 分钟`,
    seconds: (n: number) => `${n} 秒`,
    inProgress: "这笔充值正在处理中，请稍候几秒再点击“确认充值”查看结果（不会重复充值）。",
    network: "网络连接中断，不确定是否充值成功。请直接再次点击“确认充值”：同一笔充值不会重复入账。",
    server: (requestId: string) => `系统繁忙，请稍后再试。如需咨询请拨打 95598，并提供编号 ${requestId}。`,
    invalid: "输入有误，请核对户号、卡号和密码。",
    amountUnit: "元",
  },
  en: {
    pageTitle: "Recharge an electricity card",
    intro:
      "Scratch off the panel on the back of your card, then enter your customer number, the card number and the PIN. The card's value goes into your prepaid electricity account.",
    otherLanguage: "中文",
    otherLanguageHref: "/recharge",
    docsLink: "Developer docs",
    docsHref: "/en/",
    customerNo: "Customer number",
    customerNoHint: "10 digits, printed on your electricity bill.",
    cardNo: "Card number",
    cardNoHint: "16 digits on the front of the card; type it in groups as printed.",
    pin: "PIN",
    pinHint: "16 digits under the scratch-off panel on the back.",
    submit: "Recharge",
    submitting: "Recharging…",
    noscript: "This page needs JavaScript to recharge. You can also recharge by calling 95598 or by SMS.",
    cardIncomplete: (left: number) => `${left} more ${left === 1 ? "digit" : "digits"}.`,
    cardValid: "The card number looks right.",
    cardInvalid:
      "This card number is not right: its last digit (a check digit) does not match. Compare it with the card digit by digit.",
    customerNoInvalid: "The customer number has 10 digits.",
    cardNoMissing: "The card number has 16 digits.",
    pinInvalid: "The PIN has 16 digits.",
    success: (v: { customerNo: string; name: string; amount: string; balance: string }) =>
      `Done: ${v.amount} yuan was added to customer ${v.customerNo} (${v.name}). The balance is now ${v.balance} yuan.`,
    refused:
      "The recharge did not go through: the card number, the PIN or the customer number is not right. Check them and try again. After 5 wrong PINs a card can no longer be used here, by phone or by SMS, but still at a service counter or through your bank; if you are sure all three are right, call 95598.",
    alreadyUsed: "This card has already been used and cannot be recharged again. Questions? Call 95598.",
    notSold: "This card has not been sold yet and cannot be used. Please contact the outlet that sold it.",
    frozen: "This card was reported lost or stolen and is frozen. Questions? Call 95598.",
    otherRefusal: (requestId: string) =>
      `The recharge did not go through. Please check and try again, or call 95598 and quote ${requestId}.`,
    rateLimited: (wait: string) => `Too many tries. To protect your account, please try again in ${wait}.`,
    minutes: (n: number) => `${n} ${n === 1 ? "minute" : "minutes"}`,
    seconds: (n: number) => `${n} ${n === 1 ? "second" : "seconds"}`,
    inProgress:
      "This recharge is still being processed. Wait a few seconds, then press Recharge again to see the result (it will not be charged twice).",
    network:
      "The connection was lost, so we cannot tell whether the recharge went through. Press Recharge again: the same recharge is never credited twice.",
    server: (requestId: string) =>
      `Something went wrong on our side. Please try again later, or call 95598 and quote ${requestId}.`,
    invalid: "Please check the customer number, the card number and the PIN.",
    amountUnit: "yuan",
  },
} as const;

export type Messages = (typeof MESSAGES)[Lang];
