import type { Db } from "@powercard/db";
import { unitNames } from "../../services/units/unit-names.ts";
import type { UserPrincipal } from "../../shared/auth/principal.ts";
import type { ReportFile } from "./report-table.ts";

/** Each report's name in its file names: `日销售_杭州城区营业厅_2026-12-02.xlsx`. */
export const REPORT_NAMES = {
  dailySales: { zh: "日销售", en: "daily-sales" },
  rechargesByChannel: { zh: "分渠道充值", en: "recharges-by-channel" },
  cardFloat: { zh: "卡沉淀资金", en: "card-float" },
  remittanceVariance: { zh: "解款差异", en: "remittance-variance" },
  settlementHistory: { zh: "资金返还记录", en: "settlement-history" },
  monthlyClearing: { zh: "月度清算", en: "monthly-clearing" },
} as const;

/**
 * The file of a report on `unitId` (default: the caller's unit). Called after the report's
 * service, which has refused a unit outside the caller's subtree, so the name is theirs to read.
 */
export async function reportFileFor(
  db: Db,
  actor: UserPrincipal,
  name: ReportFile["name"],
  unitId: string | undefined,
  period: string,
): Promise<ReportFile> {
  const id = unitId ?? actor.unitId;
  const names = await unitNames(db, [id]);
  return { name, unitId: id, unitName: names.get(id) ?? id, period };
}
