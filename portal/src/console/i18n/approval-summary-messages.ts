import type { Schemas } from "../api/client.ts";
import { formatFen, showCardNo } from "../lib/card-input.ts";

/**
 * An approval request in words, from its kind and figures (`details`), in the reader's language;
 * the API's English `summary` is the fallback for a request whose figures were not kept.
 */
type Details = NonNullable<Schemas["Approval"]["details"]>;
type Summaries = { [K in Details["kind"]]: (d: Extract<Details, { kind: K }>) => string };

const zhSummary: Summaries = {
  production_plan: (d) => `制作计划 ${d.planId}：${d.requestCount} 个申请，售卡截止 ${d.sellBy}`,
  card_unlock: (d) => `解锁卡 ${showCardNo(d.cardNo)}：${d.reason}`,
  card_destruction: (d) =>
    `销毁已报废卡 ${d.cardCount} 张 ${showCardNo(d.firstCardNo)}–${showCardNo(d.lastCardNo)}（面值合计 ${formatFen(d.valueFen)} 元）：${d.reason}`,
  settlement_run: (d) => `${d.period} 资金返还：应返 ${formatFen(d.dueFen)} 元，涉及 ${d.unitCount} 个单位`,
};

const enSummary: Summaries = {
  production_plan: (d) => `Production plan ${d.planId}: ${d.requestCount} request(s), sell by ${d.sellBy}`,
  card_unlock: (d) => `Unlock card ${showCardNo(d.cardNo)}: ${d.reason}`,
  card_destruction: (d) =>
    `Destroy ${d.cardCount} scrapped cards ${showCardNo(d.firstCardNo)}–${showCardNo(d.lastCardNo)} (face value ¥${formatFen(d.valueFen)}): ${d.reason}`,
  settlement_run: (d) =>
    `Card-fund return for ${d.period}: ¥${formatFen(d.dueFen)} due to ${d.unitCount} unit(s)`,
};

const worded = (summaries: Summaries) => (approval: Pick<Schemas["Approval"], "details" | "summary">) => {
  const d = approval.details;
  if (!d) return approval.summary;
  const say = summaries[d.kind] as (details: Details) => string;
  return say(d);
};

export const zh = { approvalSummary: worded(zhSummary) };
export const en: typeof zh = { approvalSummary: worded(enSummary) };
