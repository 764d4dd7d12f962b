import { z } from "@hono/zod-openapi";
import { STAFF_ROLES } from "@powercard/db";

/**
 * A colleague as a picker shows them (the receiving clerk of a transfer): who, of which unit, in
 * which roles — never the login state, lock or creation time of `StaffUser`.
 */
export const UnitStaffMemberSchema = z
  .object({
    id: z.string().openapi({ example: "usr_01jq3v6k9xf0b8e4mz7t2c5n1r" }),
    username: z.string().openapi({ example: "hz01.clerk" }),
    displayName: z.string().openapi({ example: "城区营业员" }),
    unitId: z.string(),
    roles: z.array(z.enum(STAFF_ROLES)),
  })
  .openapi("UnitStaffMember");
export type UnitStaffMemberView = z.infer<typeof UnitStaffMemberSchema>;
