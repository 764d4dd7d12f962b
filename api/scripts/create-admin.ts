// `npm run admin:create -- --username admin --unit ZJ` — the first system administrator.
// Prints a generated password once; the admin should change it at first sign-in.
import { randomBytes } from "node:crypto";
import { parseArgs } from "node:util";
import { orgUnits, staffRoles, staffUsers } from "@powercard/db";
import { eq, or } from "drizzle-orm";
import { recordAuditEvent } from "../src/services/audit/record-audit-event.ts";
import { hashPassword } from "../src/shared/auth/passwords.ts";
import { newId } from "../src/shared/ids.ts";
import { openConfiguredDb } from "./open-configured-db.ts";

const { values } = parseArgs({
  options: {
    username: { type: "string" },
    unit: { type: "string" },
    name: { type: "string" },
    "unit-name": { type: "string" },
  },
});
if (!values.username || !values.unit) {
  console.error(
    "usage: npm run admin:create -- --username NAME --unit UNIT_ID_OR_CODE [--name 显示名] [--unit-name 省公司名]\n" +
      "On an empty database the unit is created as the province (the root of the tree).",
  );
  process.exit(2);
}

const db = await openConfiguredDb();
try {
  const unit =
    (await findUnit(values.unit)) ?? (await createProvinceIfEmpty(values.unit, values["unit-name"]));
  const password = randomBytes(12).toString("base64url");
  const id = newId.user();
  const now = new Date();
  await db.orm.transaction(async (tx) => {
    await tx.insert(staffUsers).values({
      id,
      username: values.username?.toLowerCase() ?? "",
      displayName: values.name ?? "系统管理员",
      unitId: unit.id,
      passwordHash: await hashPassword(password),
      passwordChangedAt: now,
      createdAt: now,
      updatedAt: now,
    });
    await tx.insert(staffRoles).values({ userId: id, role: "sysadmin", unitId: unit.id, createdAt: now });
    await recordAuditEvent(
      { tx, requestId: null, now, actor: { type: "system", id: "admin:create" } },
      {
        action: "user.created",
        objectType: "staff_user",
        objectId: id,
        unitId: unit.id,
        after: { username: values.username, roles: ["sysadmin"] },
      },
    );
  });
  console.log(
    `sysadmin ${values.username} (${id}) created in ${unit.name}.\nInitial password (shown once; change it at first sign-in): ${password}`,
  );
} finally {
  await db.close();
}

async function findUnit(idOrCode: string) {
  const [unit] = await db.orm
    .select()
    .from(orgUnits)
    .where(or(eq(orgUnits.id, idOrCode), eq(orgUnits.code, idOrCode)));
  return unit;
}

/** A fresh installation has no units: the first admin's unit becomes the province, the root. */
async function createProvinceIfEmpty(code: string, name = code) {
  const [any] = await db.orm.select({ id: orgUnits.id }).from(orgUnits).limit(1);
  if (any) throw new Error(`no unit ${code}; give the id or code of an existing unit`);
  const id = newId.unit();
  const unit = {
    id,
    code,
    name,
    kind: "province" as const,
    parentId: null,
    path: `/${id}/`,
    isAccountingUnit: false,
    createdAt: new Date(),
  };
  await db.orm.insert(orgUnits).values(unit);
  console.log(`created the province unit ${code} (${id})`);
  return unit;
}
