import { createHash } from "node:crypto";
import { and, asc, count, eq, inArray } from "drizzle-orm";
import { businessDate } from "./business-date.ts";
import { CARD_ISSUER_CODE, makeCardNo } from "./card-number.ts";
import type { Db } from "./client.ts";
import { cardsSold, postMovements } from "./ledger/index.ts";
import { PIN_LENGTH, type PinKeyring, pinHmac } from "./pin-hmac.ts";
import {
  accounts,
  CLIENT_OPERATIONS,
  type ClientOperation,
  cardBatches,
  cardSales,
  cards,
  channelClients,
  customers,
  customerUnitHistory,
  orgUnits,
  RECHARGE_CHANNEL_OPERATIONS,
  type StaffRole,
  staffRoles,
  staffUsers,
} from "./schema/index.ts";

/**
 * The demo world `npm start` creates on an empty database: a province with two city bureaus,
 * a county bureau, three outlets, a few customers, two card batches (some sold, the day before the
 * first start: a day of sales each outlet's fund administrator has to remit), a third batch in
 * the hands of the Hangzhou counter clerk (so the console's clerk can sell at once) and one channel
 * client per channel. Everything here is DEVELOPMENT DATA: the PINs and API keys are derived
 * from public constants so the banner can show them again on every start.
 */
const unit = (
  id: string,
  code: string,
  name: string,
  kind: "province" | "city" | "county" | "station" | "outlet",
  path: string,
  parentId: string | null,
  isAccountingUnit: boolean,
) => ({ id, code, name, kind, path: `${path}${id}/`, parentId, isAccountingUnit });

const UNITS = [
  unit("unt_demo_zj", "ZJ", "浙江省电力公司", "province", "/", null, false),
  unit("unt_demo_hz", "ZJ-HZ", "杭州供电公司", "city", "/unt_demo_zj/", "unt_demo_zj", true),
  unit("unt_demo_nb", "ZJ-NB", "宁波供电公司", "city", "/unt_demo_zj/", "unt_demo_zj", true),
  unit(
    "unt_demo_xs",
    "ZJ-HZ-XS",
    "萧山区供电分公司",
    "county",
    "/unt_demo_zj/unt_demo_hz/",
    "unt_demo_hz",
    true,
  ),
  unit(
    "unt_demo_hz01",
    "ZJ-HZ-01",
    "杭州城区营业厅",
    "outlet",
    "/unt_demo_zj/unt_demo_hz/",
    "unt_demo_hz",
    false,
  ),
  unit(
    "unt_demo_xs01",
    "ZJ-HZ-XS-01",
    "萧山城厢供电所",
    "station",
    "/unt_demo_zj/unt_demo_hz/unt_demo_xs/",
    "unt_demo_xs",
    false,
  ),
  unit(
    "unt_demo_nb01",
    "ZJ-NB-01",
    "宁波海曙营业厅",
    "outlet",
    "/unt_demo_zj/unt_demo_nb/",
    "unt_demo_nb",
    false,
  ),
];

export const DEMO_CUSTOMERS = [
  {
    customerNo: "3301000001",
    name: "张小明",
    phone: "13812345678",
    address: "浙江省杭州市西湖区文三路 90 号 3 幢 201 室",
    accountingUnitId: "unt_demo_hz",
  },
  {
    customerNo: "3301000002",
    name: "李华",
    phone: "13900001111",
    address: "浙江省杭州市拱墅区湖墅南路 186 号 1 单元 502 室",
    accountingUnitId: "unt_demo_hz",
  },
  {
    customerNo: "3301810001",
    name: "王芳芳",
    phone: "13705712345",
    address: "浙江省杭州市萧山区人民路 58 号 12 幢 301 室",
    accountingUnitId: "unt_demo_xs",
  },
  {
    customerNo: "3302000001",
    name: "陈建国",
    phone: "13605741234",
    address: "浙江省宁波市海曙区中山西路 138 号 4 单元 602 室",
    accountingUnitId: "unt_demo_nb",
  },
  {
    customerNo: "3302000002",
    name: "欧阳明月",
    phone: "15857401234",
    address: "浙江省宁波市鄞州区天童南路 588 号 2 幢 1103 室",
    accountingUnitId: "unt_demo_nb",
  },
];

interface DemoBatch {
  id: string;
  faceValueFen: number;
  firstSerial: number;
  quantity: number;
  /** How many of the first cards each outlet has sold. */
  sold: Record<string, number>;
  /** The unsold cards are in stock here, handed to this clerk (else in the Hangzhou bureau's store). */
  inHand?: { unitId: string; username: string };
}

const BATCHES: DemoBatch[] = [
  {
    id: "bat_demo_050",
    faceValueFen: 5_000,
    firstSerial: 1,
    quantity: 20,
    sold: { unt_demo_hz01: 6, unt_demo_nb01: 6 },
  },
  {
    id: "bat_demo_100",
    faceValueFen: 10_000,
    firstSerial: 1001,
    quantity: 20,
    sold: { unt_demo_hz01: 6, unt_demo_xs01: 6 },
  },
  {
    id: "bat_demo_counter",
    faceValueFen: 5_000,
    firstSerial: 2001,
    quantity: 200,
    sold: {},
    inHand: { unitId: "unt_demo_hz01", username: "hz01.clerk" },
  },
];

const demoUserId = (username: string) => `usr_demo_${username.replace(/\W/g, "_")}`;

/**
 * What only the utility's marketing system (营销系统) does: a partner reads its own business, not
 * the whole province's movements, and never writes customer master data.
 */
const MARKETING_SYSTEM_OPERATIONS: ClientOperation[] = ["movements:read", "customers:import"];
const PARTNER_OPERATIONS: ClientOperation[] = CLIENT_OPERATIONS.filter(
  (op) => !MARKETING_SYSTEM_OPERATIONS.includes(op),
);

/**
 * DEVELOPMENT ONLY: fixed API keys of the demo channel clients, printed by `npm start`. The demo
 * bank's key is refused like any partner's: it authenticates with a development key pair that the
 * API generates into DATA_DIR/secrets (api/src/demo-partner-key.ts). Each client's operations are
 * spelled out, not left to the column's default: the demo bank may do everything the partner docs
 * describe (recharges, top-ups, reconciliation, webhooks), as a bank with a full agreement would.
 */
export const DEMO_CLIENTS = [
  {
    id: "cli_demo_counter",
    name: "杭州城区营业厅柜台",
    channel: "counter",
    unitId: "unt_demo_hz01",
    allowedOperations: RECHARGE_CHANNEL_OPERATIONS,
  },
  {
    id: "cli_demo_ivr",
    name: "95598 语音",
    channel: "ivr",
    unitId: null,
    allowedOperations: RECHARGE_CHANNEL_OPERATIONS,
  },
  {
    id: "cli_demo_sms",
    name: "短信网关",
    channel: "sms",
    unitId: null,
    allowedOperations: RECHARGE_CHANNEL_OPERATIONS,
  },
  {
    id: "cli_demo_web",
    name: "95598 网站",
    channel: "web",
    unitId: null,
    allowedOperations: RECHARGE_CHANNEL_OPERATIONS,
  },
  {
    id: "cli_demo_bank",
    name: "演示银行",
    channel: "partner",
    unitId: null,
    allowedOperations: PARTNER_OPERATIONS,
  },
] as const;

export const demoApiKey = (clientId: string) =>
  `pk_dev_${clientId.replace("cli_demo_", "")}_not_for_production`;

/** DEVELOPMENT ONLY: the demo card PINs are derived from the card number so they can be shown again. */
export function demoPin(cardNo: string): string {
  const digest = createHash("sha256").update(`powercard-demo-pin:${cardNo}`).digest();
  let pin = "";
  for (let i = 0; pin.length < PIN_LENGTH; i++) pin += String((digest[i] ?? 0) % 10);
  return pin;
}

/**
 * DEVELOPMENT ONLY: one demo user per role, one password; a second issuer, card admin and
 * settlement officer, so a plan, a transfer and a settlement run each have someone else to approve
 * or receive them; a clerk at each selling unit, who made the demo sales.
 */
export const DEMO_STAFF_PASSWORD = "powercard-demo-only";
export const DEMO_STAFF: { username: string; displayName: string; unitId: string; role: StaffRole }[] = [
  { username: "admin", displayName: "系统管理员", unitId: "unt_demo_zj", role: "sysadmin" },
  { username: "issuer", displayName: "省公司发卡员", unitId: "unt_demo_zj", role: "issuer" },
  { username: "issuer2", displayName: "省公司发卡员二", unitId: "unt_demo_zj", role: "issuer" },
  { username: "settlement", displayName: "结算中心", unitId: "unt_demo_zj", role: "settlement_officer" },
  {
    username: "settlement2",
    displayName: "结算中心复核员",
    unitId: "unt_demo_zj",
    role: "settlement_officer",
  },
  { username: "auditor", displayName: "审计员", unitId: "unt_demo_zj", role: "auditor" },
  { username: "hz.cards", displayName: "杭州卡管员", unitId: "unt_demo_hz", role: "card_admin" },
  { username: "hz.cards2", displayName: "杭州卡管员二", unitId: "unt_demo_hz", role: "card_admin" },
  { username: "hz.funds", displayName: "杭州资金管理员", unitId: "unt_demo_hz", role: "fund_admin" },
  { username: "hz01.clerk", displayName: "城区营业员", unitId: "unt_demo_hz01", role: "clerk" },
  { username: "nb01.clerk", displayName: "海曙营业员", unitId: "unt_demo_nb01", role: "clerk" },
  { username: "xs01.clerk", displayName: "城厢营业员", unitId: "unt_demo_xs01", role: "clerk" },
];

/** Who sold each outlet's demo cards. */
const DEMO_SELLER: Record<string, string> = {
  unt_demo_hz01: "hz01.clerk",
  unt_demo_nb01: "nb01.clerk",
  unt_demo_xs01: "xs01.clerk",
};

/**
 * DEVELOPMENT ONLY: the demo card manufacturer. Its row is written at start with the public halves
 * of development key pairs generated into DATA_DIR/secrets/demo-manufacturer (api/src/demo-manufacturer.ts),
 * so a tour can order cards and play the manufacturer with `npm run manufacturer -- open --keys …`.
 */
export const DEMO_MANUFACTURER = {
  id: "mfr_demo",
  name: "演示制卡厂（开发密钥，仅供演示 / development keys, demo only）",
  registeredBy: "usr_demo_issuer",
} as const;

const sha256 = (s: string) => createHash("sha256").update(s).digest("hex");

/** Creates the demo world when the database has no units yet; returns whether it did. */
export async function seedDemoWorld(
  db: Db,
  pinKeys: PinKeyring,
  hashPassword: (password: string) => Promise<string>,
  now = new Date(),
): Promise<boolean> {
  const [existing] = await db.orm.select({ n: count() }).from(orgUnits);
  if ((existing?.n ?? 0) > 0) return false;
  const passwordHash = await hashPassword(DEMO_STAFF_PASSWORD);
  // The demo sales were made the day before: yesterday's takings are what an outlet remits today.
  const soldAt = new Date(now.getTime() - 24 * 60 * 60 * 1000);
  const saleDay = businessDate(soldAt);

  await db.orm.transaction(async (tx) => {
    await tx.insert(orgUnits).values(UNITS.map((u) => ({ ...u, createdAt: now })));
    await tx.insert(customers).values(DEMO_CUSTOMERS.map((c) => ({ ...c, createdAt: now })));
    await tx
      .insert(accounts)
      .values(DEMO_CUSTOMERS.map((c) => ({ customerNo: c.customerNo, createdAt: now, updatedAt: now })));
    await tx.insert(customerUnitHistory).values(
      DEMO_CUSTOMERS.map((c) => ({
        customerNo: c.customerNo,
        accountingUnitId: c.accountingUnitId,
        effectiveFrom: now,
      })),
    );
    for (const person of DEMO_STAFF) {
      const id = demoUserId(person.username);
      const { role, ...user } = person;
      await tx
        .insert(staffUsers)
        .values({ id, ...user, passwordHash, passwordChangedAt: now, createdAt: now, updatedAt: now });
      await tx.insert(staffRoles).values({ userId: id, role, unitId: person.unitId, createdAt: now });
    }
    await tx.insert(channelClients).values(
      // Each demo client gets the operations listed for it, never the column's default.
      DEMO_CLIENTS.map(({ allowedOperations, ...c }) => ({
        ...c,
        allowedOperations: [...allowedOperations],
        apiKeyHash: sha256(demoApiKey(c.id)),
        apiKeyPrefix: demoApiKey(c.id).slice(0, 10),
        createdAt: now,
      })),
    );
    for (const batch of BATCHES) {
      await tx
        .insert(cardBatches)
        .values({ id: batch.id, faceValueFen: batch.faceValueFen, quantity: batch.quantity, createdAt: now });
      const sellers = Object.entries(batch.sold).flatMap(([unitId, n]) => Array<string>(n).fill(unitId));
      const rows = Array.from({ length: batch.quantity }, (_, i) => {
        const cardNo = makeCardNo(CARD_ISSUER_CODE, batch.firstSerial + i);
        const soldBy = sellers[i];
        return {
          cardNo,
          batchId: batch.id,
          faceValueFen: batch.faceValueFen,
          state: soldBy ? ("sold" as const) : ("in_stock" as const),
          ownerUnitId: soldBy ?? batch.inHand?.unitId ?? "unt_demo_hz",
          holderUserId: !soldBy && batch.inHand ? demoUserId(batch.inHand.username) : null,
          pinHmac: pinHmac(pinKeys, demoPin(cardNo)),
          pinKeyId: pinKeys.currentKeyId,
          createdAt: soldBy ? soldAt : now,
          updatedAt: soldBy ? soldAt : now,
          soldAt: soldBy ? soldAt : null,
        };
      });
      await tx.insert(cards).values(rows);
      // The sale of each outlet's cards (one range each): the card_sales row the reports and the
      // remittance variance read, and its ledger transaction of the same id, cash now held by the
      // outlet against the card float.
      for (const [outletId, n] of Object.entries(batch.sold)) {
        const id = `txn_demo_sale_${batch.id}_${outletId}`;
        const total = n * batch.faceValueFen;
        const range = rows.filter((r) => r.state === "sold" && r.ownerUnitId === outletId);
        const seller = DEMO_SELLER[outletId];
        if (!seller || range.length !== n) throw new Error(`demo sale at ${outletId} is not one range`);
        await tx.insert(cardSales).values({
          id,
          outletUnitId: outletId,
          clerkId: demoUserId(seller),
          businessDate: saleDay,
          firstCardNo: range[0]?.cardNo ?? "",
          lastCardNo: range[n - 1]?.cardNo ?? "",
          cardCount: n,
          amountFen: total,
          createdAt: soldAt,
        });
        await postMovements(tx, [
          {
            movement: cardsSold({ outletUnitId: outletId, amountFen: total }),
            transactionId: id,
            businessDate: saleDay,
            reference: batch.id,
            createdAt: soldAt,
          },
        ]);
      }
    }
  });
  return true;
}

export interface DemoCard {
  cardNo: string;
  pin: string;
  faceValueFen: number;
}

/** A few demo cards that can still be recharged, with their PINs, for the start banner. */
export async function unusedDemoCards(db: Db, limit = 3): Promise<DemoCard[]> {
  const rows = await db.orm
    .select({ cardNo: cards.cardNo, faceValueFen: cards.faceValueFen })
    .from(cards)
    .where(
      and(
        inArray(
          cards.batchId,
          BATCHES.map((b) => b.id),
        ),
        eq(cards.state, "sold"),
      ),
    )
    .orderBy(asc(cards.cardNo))
    .limit(limit);
  return rows.map((r) => ({ ...r, pin: demoPin(r.cardNo) }));
}
