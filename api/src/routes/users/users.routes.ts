import { z } from "@hono/zod-openapi";
import { defineRoute } from "../../http/define-route.ts";
import { jsonBody, jsonResponse, problemResponses } from "../../http/openapi.ts";
import { RolesSchema, StaffUserSchema } from "../../services/staff/staff-view.ts";

const tags = ["Staff"];
const userParams = z.object({ userId: z.string().max(64) });
export const listUsers = defineRoute({
  access: { roles: ["sysadmin", "auditor"] },
  method: "get",
  path: "/v1/users",
  operationId: "listUsers",
  tags,
  summary: "The staff of your subtree",
  responses: {
    200: jsonResponse(z.object({ data: z.array(StaffUserSchema) }), "Users."),
    ...problemResponses("forbidden"),
  },
});

export const getUser = defineRoute({
  access: { roles: ["sysadmin", "auditor"] },
  method: "get",
  path: "/v1/users/{userId}",
  operationId: "getUser",
  tags,
  summary: "One user of your subtree",
  request: { params: userParams },
  responses: {
    200: jsonResponse(StaffUserSchema, "The user."),
    ...problemResponses("user_not_found", "forbidden"),
  },
});

export const createUser = defineRoute({
  access: { roles: ["sysadmin"] },
  method: "post",
  path: "/v1/users",
  operationId: "createUser",
  tags,
  summary: "Create a staff user in your subtree",
  description: "card_admin and fund_admin cannot go to one person; a sysadmin holds no other role.",
  request: {
    body: jsonBody(
      z
        .strictObject({
          username: z.string().regex(/^[a-z0-9._-]{3,64}$/, "3–64 of a–z, 0–9, . _ -"),
          displayName: z.string().min(1).max(100),
          unitId: z.string().max(64),
          password: z.string().min(1).max(256),
          roles: RolesSchema,
        })
        .openapi("CreateStaffUser"),
      "The new user and an initial password.",
    ),
  },
  responses: {
    201: jsonResponse(StaffUserSchema, "Created."),
    ...problemResponses(
      "unit_not_found",
      "segregation_of_duties",
      "username_taken",
      "password_too_weak",
      "forbidden",
    ),
  },
});

export const setUserRoles = defineRoute({
  access: { roles: ["sysadmin"] },
  method: "put",
  path: "/v1/users/{userId}/roles",
  operationId: "setUserRoles",
  tags,
  summary: "Replace a user's roles",
  request: {
    params: userParams,
    body: jsonBody(z.strictObject({ roles: RolesSchema }), "The complete new set of roles."),
  },
  responses: {
    200: jsonResponse(StaffUserSchema, "The user with the new roles."),
    ...problemResponses("user_not_found", "segregation_of_duties", "forbidden"),
  },
});

export const unlockUser = defineRoute({
  access: { roles: ["sysadmin"] },
  method: "post",
  path: "/v1/users/{userId}/unlock",
  operationId: "unlockUser",
  tags,
  summary: "Lift a login lock",
  request: { params: userParams },
  responses: {
    200: jsonResponse(StaffUserSchema, "Unlocked."),
    ...problemResponses("user_not_found", "forbidden"),
  },
});

export const setUserStatus = defineRoute({
  access: { roles: ["sysadmin"] },
  method: "put",
  path: "/v1/users/{userId}/status",
  operationId: "setUserStatus",
  tags,
  summary: "Disable or re-enable a user",
  description:
    "Disabling ends the user's sessions at once (their refresh tokens are revoked, and no request of " +
    "theirs is accepted any more). Nobody disables or enables their own account.",
  request: {
    params: userParams,
    body: jsonBody(z.strictObject({ status: z.enum(["active", "disabled"]) }), "The new status."),
  },
  responses: {
    200: jsonResponse(StaffUserSchema, "The user."),
    ...problemResponses("user_not_found", "forbidden"),
  },
});

export const resetUserPassword = defineRoute({
  access: { roles: ["sysadmin"] },
  method: "post",
  path: "/v1/users/{userId}/password",
  operationId: "resetUserPassword",
  tags,
  summary: "Set a new initial password for a user who forgot theirs",
  description:
    "Lifts a login lock and ends every session of the user. The password is never returned nor " +
    "logged. Your own password is changed with your current one (`POST /v1/auth/password`).",
  request: {
    params: userParams,
    body: jsonBody(z.strictObject({ password: z.string().min(1).max(256) }), "The new initial password."),
  },
  responses: {
    200: jsonResponse(StaffUserSchema, "The user."),
    ...problemResponses("user_not_found", "password_too_weak", "forbidden"),
  },
});
