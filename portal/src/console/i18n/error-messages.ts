import type { Lang } from "./lang.ts";

/**
 * What the console tells staff for each API error `code` they can meet. Sign-in failures are one
 * code on purpose: the API answers a wrong password, a locked and a disabled account alike (so it
 * never tells a stranger that an account exists), and the words say all three.
 */
const WORDS: Record<string, Record<Lang, string>> = {
  invalid_credentials: {
    "zh-CN":
      "登录失败：用户名或密码不正确，或账号已被锁定或停用。连续输错 10 次密码会锁定 30 分钟；账号被锁定或停用时，请联系本单位系统管理员。",
    en: "Sign-in failed: wrong username or password, or the account is locked or disabled. Ten wrong passwords in a row lock it for 30 minutes; if it is locked or disabled, ask your unit's system administrator.",
  },
  session_ended: {
    "zh-CN": "会话已结束（已退出、超过 12 小时或账号被停用），请重新登录。",
    en: "Your session has ended (signed out, older than 12 hours, or the account was disabled). Please sign in again.",
  },
  rate_limited: {
    "zh-CN": "操作太频繁，请稍等片刻再试。",
    en: "Too many attempts. Please wait a moment and try again.",
  },
  forbidden: { "zh-CN": "您的角色无权执行此操作。", en: "Your role may not do this." },
  credit_not_found: {
    "zh-CN": "找不到这笔充值：请核对流水号或卡号（只能查本单位客户的充值）。",
    en: "No such recharge: check the serial or card number (only your units' customers' recharges are found).",
  },
  reversal_window_passed: {
    "zh-CN": "这笔充值已超过可冲正的期限，未提交。",
    en: "This recharge is past the reversal window; nothing was submitted.",
  },
  reversal_window_passed_at_approval: {
    "zh-CN": "审批时已超过可冲正的期限，资金未变动：请驳回该冲正单。",
    en: "The reversal window closed before the approval; nothing moved. Reject the case.",
  },
  reversal_case_exists: {
    "zh-CN": "这笔充值已有待审批或已执行的冲正单。",
    en: "This recharge already has a reversal case pending or executed.",
  },
  reversal_value_spent: {
    "zh-CN": "被充错账户的余额已不足该金额（已被抵缴电费），不能冲正。",
    en: "The wrongly credited account no longer holds the amount (bills took it); it cannot be reversed.",
  },
  reversal_target_invalid: {
    "zh-CN": "正确户号不存在、与原户号相同或已销户。",
    en: "The right customer number does not exist, is the same, or is closed.",
  },
  refund_account_not_closed: {
    "zh-CN": "该户未销户，不能退费。",
    en: "The account is not closed; no refund.",
  },
  refund_nothing_to_refund: {
    "zh-CN": "该户余额为零，无需退费。",
    en: "The account has no balance to refund.",
  },
  refund_case_exists: {
    "zh-CN": "该户已有待审批或已执行的退费单。",
    en: "This account already has a refund case pending or executed.",
  },
  refund_balance_changed: {
    "zh-CN": "余额已变化，与退费单金额不符：请驳回后重新申请。",
    en: "The balance changed since the case was opened: reject it and open a new one.",
  },
  refund_not_executed: {
    "zh-CN": "该退费单尚未审批执行，还不能登记付款。",
    en: "The refund case is not approved yet; its payout cannot be recorded.",
  },
  refund_already_paid_out: {
    "zh-CN": "该退费单已登记付款。",
    en: "This refund's payout is already recorded.",
  },
  refund_payout_by_maker: {
    "zh-CN": "开立退费单的营业员不能登记其付款，请由另一人登记。",
    en: "The clerk who opened the case cannot record its payout; someone else must.",
  },
  card_range_invalid: {
    "zh-CN": "卡号区间不对：两端卡号须为有效卡号、前两位相同，且终止卡号不小于起始卡号。",
    en: "The range is not valid: both ends must be valid card numbers with the same first two digits, and the last not below the first.",
  },
  card_range_not_eligible: {
    "zh-CN": "区间内有卡不在本网点库存、已领给其他营业员、已售出或已冻结，本次未售出任何卡。",
    en: "Some cards of the range are not in your outlet's stock, are held by another clerk, already sold or frozen. Nothing was sold.",
  },
  card_expired_for_sale: {
    "zh-CN": "该批卡已过销售截止日，不能再出售。",
    en: "This batch is past its sell-by date and can no longer be sold.",
  },
  customer_not_found: {
    "zh-CN": "没有这个户号，请与客户核对。",
    en: "No such customer number. Check it with the customer.",
  },
  pin_incorrect: {
    "zh-CN": "卡号或充值密码不正确。同一张卡连续输错 5 次会被锁定。",
    en: "The card number or PIN is wrong. Five wrong PINs lock the card.",
  },
  card_locked: {
    "zh-CN": "该卡因密码错误次数过多已锁定，请交卡管员处理。",
    en: "The card is locked after too many wrong PINs; hand it to the card administrator.",
  },
  card_not_sold: {
    "zh-CN": "该卡尚未售出，不能充值。",
    en: "The card has not been sold yet and cannot be recharged.",
  },
  card_already_used: {
    "zh-CN": "该卡已充值过，每张卡只能用一次。",
    en: "The card has already been used; each card works once.",
  },
  card_frozen: { "zh-CN": "该卡已挂失冻结。", en: "The card is frozen (reported lost or stolen)." },
  card_not_genuine: {
    "zh-CN": "查无此卡：不是本公司发行的卡号，请核对卡号；疑似伪卡请交卡管员处理。",
    en: "No such card: the utility never issued this number. Check it; hand a suspected fake to the card administrator.",
  },
  card_void: { "zh-CN": "该卡已作废，不能充值。", en: "The card was scrapped and cannot be used." },
  account_closed: {
    "zh-CN": "该户号已销户，不能充值。余额退费请按销户退费流程办理。",
    en: "This account is closed and takes no recharges; refund its balance through the closing-refund case.",
  },
  idempotency_in_progress: {
    "zh-CN": "上一次提交仍在处理中，请稍候再点一次（不会重复扣款）。",
    en: "The previous submission is still being processed; try again in a moment (it will not charge twice).",
  },
  idempotency_key_reused: {
    "zh-CN": "提交内容已变化，请重新确认后提交。",
    en: "The input changed; confirm and submit again.",
  },
  remittance_exceeds_unremitted: {
    "zh-CN": "解款金额超过该网点已售未解的现金（已确认和待确认的解款都已扣除），请核对金额。",
    en: "The amount exceeds the outlet's cash sold and not yet remitted (confirmed and pending remittances count). Check the amount.",
  },
  remittance_bank_reference_taken: {
    "zh-CN": "该网点已用这个银行回单号申报过解款，请核对回单号。",
    en: "This outlet already declared a remittance with this bank slip number. Check the number.",
  },
  remittance_self_decision: {
    "zh-CN": "不能确认或退回自己申报的解款，须由另一位结算员处理。",
    en: "You cannot confirm or reject a remittance you declared; another officer must.",
  },
  remittance_not_pending: {
    "zh-CN": "这笔解款已被确认或退回（可能是另一位同事刚处理），列表已刷新。",
    en: "This remittance was already confirmed or rejected (perhaps by a colleague just now).",
  },
  business_date_in_future: {
    "zh-CN": "营业日不能晚于今天。",
    en: "The business day cannot be later than today.",
  },
  settlement_period_not_finished: {
    "zh-CN": "只能结算已结束的月份（最近可结算上个月）。",
    en: "Only a finished month can be settled (at the latest, last month).",
  },
  settlement_run_exists: {
    "zh-CN": "这个月份已有资金返还（待审批或已审批），见下方返还记录。",
    en: "This month already has a run (awaiting approval or approved); see the runs below.",
  },
  settlement_run_pending: {
    "zh-CN": "另一个月份的资金返还还在等待审批，请先审批或驳回它。",
    en: "Another month's run still awaits a decision; approve or reject it first.",
  },
  card_not_found_for_staff: {
    "zh-CN": "本单位及下级单位没有这张卡，请核对卡号。",
    en: "No such card in your units. Check the number.",
  },
  password_too_weak: {
    "zh-CN": "新密码太弱：至少 12 个字符，且不能与当前密码相同。",
    en: "The new password is too weak: at least 12 characters, and not the current one.",
  },
  approval_self_decision: {
    "zh-CN": "提交人不能审批自己的申请，须由另一位同事审批。",
    en: "The maker of a request cannot decide it: another colleague must.",
  },
  approval_not_pending: {
    "zh-CN": "该申请已被处理，请刷新列表。",
    en: "This request has already been decided; refresh the list.",
  },
  production_request_not_open: {
    "zh-CN": "有申请已被编入其他计划或不属于您的单位，请刷新后重选。",
    en: "A request is already in another plan or not of your units; refresh and select again.",
  },
  production_plan_not_orderable: {
    "zh-CN": "该计划尚未批准或已下单，不能下单。",
    en: "This plan is not approved or has already been ordered.",
  },
  acknowledgement_invalid: {
    "zh-CN": "回执无效：不是该订单制卡厂的签名，或与订单、张数、文件摘要不符。",
    en: "The acknowledgement is not valid: not signed by the order's manufacturer, or it does not match the order, its card count or its file hash.",
  },
  card_file_already_acknowledged: {
    "zh-CN": "该文件的回执已登记过。",
    en: "This file's acknowledgement has already been recorded.",
  },
  carton_already_received: {
    "zh-CN": "所列箱子中有已入库的，本次未做任何变更。",
    en: "A listed carton was already received; nothing was changed.",
  },
  cartons_overlap: {
    "zh-CN": "所列卡号段相互重叠，请检查。",
    en: "The listed ranges overlap; check them.",
  },
  unit_disabled: {
    "zh-CN": "该单位已停用：不能接收卡片，也不能售卡。如需恢复，请联系系统管理员启用。",
    en: "This unit is disabled: it receives no cards and sells none. Ask a system administrator to enable it.",
  },
  unit_has_active_staff: {
    "zh-CN": "该单位仍有在岗员工，不能停用：请先停用这些员工或将其调往其他单位。",
    en: "The unit still has active staff and cannot be disabled: disable them or move them to another unit first.",
  },
  unit_holds_cards: {
    "zh-CN": "该单位仍保管着卡片（库存、冻结、报废待销毁或调拨途中），不能停用：请先将卡调出。",
    en: "The unit still holds cards (in stock, frozen, scrapped or on their way to it) and cannot be disabled: move them out first.",
  },
  transfer_target_invalid: {
    "zh-CN": "接收方不对：只能分发给直属下级单位，或本单位/下级网点的在岗营业员。",
    en: "Not a valid receiver: only a unit directly below yours, or an active clerk of your unit or of that unit.",
  },
  transfer_receiver_is_sender: {
    "zh-CN": "分发人不能自己确认领用。",
    en: "The sender cannot confirm receipt of their own transfer.",
  },
  transfer_receiver_invalid: {
    "zh-CN": "这笔分发不是交给您的。",
    en: "This transfer is not addressed to you.",
  },
  transfer_already_received: {
    "zh-CN": "这笔分发已确认领用。",
    en: "This transfer has already been received.",
  },
  validation_failed: { "zh-CN": "输入有误，请检查各栏。", en: "Some input is not valid; check the fields." },
  service_unavailable: {
    "zh-CN": "服务暂时不可用，请稍后重试（重试不会重复扣款）。",
    en: "The service is briefly unavailable; try again shortly (a retry never charges twice).",
  },
};

export function errorWords(code: string, lang: Lang, fallback?: string): string {
  return WORDS[code]?.[lang] ?? fallback ?? WORDS.service_unavailable?.[lang] ?? code;
}
