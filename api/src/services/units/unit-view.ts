import { z } from "@hono/zod-openapi";
import { ORG_UNIT_KINDS, ORG_UNIT_STATUSES, type orgUnits } from "@powercard/db";

export type UnitRow = typeof orgUnits.$inferSelect;

export const UnitSchema = z
  .object({
    id: z.string(),
    code: z.string().openapi({ example: "ZJ-HZ" }),
    name: z.string().openapi({ example: "杭州供电公司" }),
    kind: z.enum(ORG_UNIT_KINDS),
    parentId: z.string().nullable(),
    isAccountingUnit: z
      .boolean()
      .openapi({ description: "核算单位: owns customers and an electricity-fee account." }),
    status: z
      .enum(ORG_UNIT_STATUSES)
      .openapi({ description: "`disabled` (停用): the unit receives no cards and sells none." }),
    disabledAt: z.string().nullable().openapi({ format: "date-time" }),
  })
  .openapi("Unit");
export type UnitView = z.infer<typeof UnitSchema>;

/** Only the public fields of a unit (not its path). */
export const toUnitView = (u: UnitRow): UnitView => ({
  id: u.id,
  code: u.code,
  name: u.name,
  kind: u.kind,
  parentId: u.parentId,
  isAccountingUnit: u.isAccountingUnit,
  status: u.status,
  disabledAt: u.disabledAt?.toISOString() ?? null,
});
