import { hashPassword } from "@powercard/api";
import type { Db } from "@powercard/db";
import type postgres from "postgres";
import { Fixtures } from "../helpers/fixtures.ts";
import { log } from "./settlement-log.ts";
import { COUNTIES, OUTLETS, SIZE } from "./settlement-size.ts";

/** Who the seed books as, and the root of the org tree the reports are asked about. */
export interface SettlementWorld {
  f: Fixtures;
  officerId: string;
  fundAdminId: string;
  rootPath: string;
}

/**
 * The org tree: the fixtures' province is the root (settlement center and an accounting unit);
 * its two cities plus 8 more, 4 county accounting units per city, 2 outlets per county, 2 clerks
 * per outlet; channel clients for the non-counter channels.
 */
export async function layWorld(db: Db, sql: postgres.Sql): Promise<SettlementWorld> {
  const f = await Fixtures.create(db);
  const officer = await f.staff(["settlement_officer"], { unitId: f.provinceId });
  const fundAdmin = await f.staff(["fund_admin"], { unitId: f.provinceId });
  const now = new Date();
  const rootPath = `/${f.provinceId}/`;
  await sql`UPDATE org_units SET is_accounting_unit = true WHERE id = ${f.provinceId}`;
  const cities = [f.cityId, f.otherCityId];
  for (let c = 2; c < SIZE.cities; c++) cities.push(`unt_sb_c${c}`);
  const units: { id: string; kind: string; parent: string; path: string }[] = [];
  const paths = new Map<string, string>([[f.provinceId, rootPath]]);
  const add = (id: string, kind: string, parent: string) => {
    const path = `${paths.get(parent)}${id}/`;
    paths.set(id, path);
    units.push({ id, kind, parent, path });
  };
  for (const id of cities.slice(2)) add(id, "city", f.provinceId);
  paths.set(f.cityId, `${rootPath}${f.cityId}/`);
  paths.set(f.otherCityId, `${rootPath}${f.otherCityId}/`);
  const counties = Array.from({ length: COUNTIES }, (_, k) => `unt_sb_k${String(k).padStart(2, "0")}`);
  for (const [k, id] of counties.entries())
    add(id, "county", cities[Math.floor(k / SIZE.countiesPerCity)] as string);
  const outlets = Array.from({ length: OUTLETS }, (_, o) => `unt_sb_o${String(o).padStart(2, "0")}`);
  for (const [o, id] of outlets.entries())
    add(id, "outlet", counties[Math.floor(o / SIZE.outletsPerCounty)] as string);
  await sql`
    INSERT INTO org_units (id, code, name, kind, parent_id, path, is_accounting_unit, created_at)
    SELECT id, id, '压测' || id, kind, parent, path, kind <> 'outlet', ${now}
      FROM unnest(${units.map((u) => u.id)}::text[], ${units.map((u) => u.kind)}::text[],
                  ${units.map((u) => u.parent)}::text[], ${units.map((u) => u.path)}::text[]) AS u(id, kind, parent, path)`;

  const clerks = outlets.flatMap((_, o) => [0, 1].map((j) => `usr_sb_clerk${o}_${j}`));
  const hash = await hashPassword("bench clerks never log in");
  await sql`
    INSERT INTO staff_users (id, username, display_name, unit_id, password_hash, password_changed_at, created_at, updated_at)
    SELECT u.id, replace(lower(u.id), '_', '.'), '压测收费员', (${outlets}::text[])[((u.n - 1) / 2 + 1)::int], ${hash}, ${now}, ${now}, ${now}
      FROM unnest(${clerks}::text[]) WITH ORDINALITY AS u(id, n)`;
  await sql`
    INSERT INTO staff_roles (user_id, role, unit_id, created_at)
    SELECT id, 'clerk', unit_id, ${now} FROM staff_users WHERE id LIKE 'usr_sb_clerk%'`;
  await sql`
    INSERT INTO channel_clients (id, name, channel, api_key_hash, api_key_prefix, partner_type, created_at)
    VALUES ('cli_sb_ivr', '压测 IVR', 'ivr', 'sb-ivr', 'sb-ivr', NULL, ${now}),
           ('cli_sb_sms', '压测短信', 'sms', 'sb-sms', 'sb-sms', NULL, ${now}),
           ('cli_sb_web', '压测网站', 'web', 'sb-web', 'sb-web', NULL, ${now}),
           ('cli_sb_bank', '压测银行', 'partner', 'sb-bank', 'sb-bank', 'bank', ${now}),
           ('cli_sb_telco', '压测电信', 'partner', 'sb-telco', 'sb-telco', 'telco', ${now})`;
  // Staging lookups for the seed (dropped with the other sb_ tables).
  await sql`CREATE UNLOGGED TABLE sb_county AS SELECT k - 1 AS k, id FROM unnest(${counties}::text[]) WITH ORDINALITY AS c(id, k)`;
  await sql`
    CREATE UNLOGGED TABLE sb_outlet AS
    SELECT o - 1 AS o, id, 'usr_sb_clerk' || (o - 1) || '_0' AS clerk_id, 'usr_sb_clerk' || (o - 1) || '_1' AS clerk2_id
      FROM unnest(${outlets}::text[]) WITH ORDINALITY AS u(id, o)`;
  log(
    `org tree: root + ${SIZE.cities} cities + ${COUNTIES} counties (accounting units), ${OUTLETS} outlets, ${clerks.length} clerks`,
  );
  return { f, officerId: officer.id, fundAdminId: fundAdmin.id, rootPath };
}
