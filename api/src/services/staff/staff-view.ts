import { z } from "@hono/zod-openapi";
import { STAFF_ROLES } from "@powercard/db";

export const RolesSchema = z.array(z.enum(STAFF_ROLES)).max(STAFF_ROLES.length);

/** A staff user as the API shows it: never the password hash. */
export const StaffUserSchema = z
  .object({
    id: z.string().openapi({ example: "usr_01jq3v6k9xf0b8e4mz7t2c5n1r" }),
    username: z.string(),
    displayName: z.string(),
    unitId: z.string(),
    status: z.enum(["active", "disabled"]),
    roles: RolesSchema,
    lockedUntil: z
      .string()
      .nullable()
      .openapi({ description: "Set while the login is locked after 10 failures." }),
    createdAt: z.string(),
  })
  .openapi("StaffUser");
export type StaffUserView = z.infer<typeof StaffUserSchema>;
