import { randomInt } from "node:crypto";
import {
  apiKeyPrefix,
  generateApiKey,
  generateSigningJwk,
  hashApiKey,
  hashPassword,
  issueAccessToken,
  loadSigningKeyring,
} from "@powercard/api";
import {
  accounts,
  businessDate,
  type CardState,
  type Channel,
  type ClientOperation,
  type CustomerStatus,
  cardBatches,
  cards,
  channelClients,
  clientKeys,
  customers,
  customerUnitHistory,
  type Db,
  generatePin,
  makeCardNo,
  type Orm,
  orgUnits,
  type PinKeyring,
  pinHmac,
  RECHARGE_CHANNEL_OPERATIONS,
  type StaffRole,
  staffRoles,
  staffUsers,
} from "@powercard/db";
import { cardsSold, postMovements } from "../../api/src/services/ledger/index.ts";

/** TEST ONLY: a staff-token signing key (private JWK), new for each test file. */
export const TEST_SIGNING_JWK = await generateSigningJwk();
export const TEST_SIGNING_KEYS = await loadSigningKeyring([TEST_SIGNING_JWK]);

/**
 * TEST ONLY: the key id every partner client of `client("partner")` has registered, so tokens of
 * helpers/partners.ts are bound to a key as the token endpoint's are (no private key exists).
 */
export const FIXTURE_PARTNER_KEY_ID = "fixture-partner-key";

/** TEST ONLY: a fixed PIN HMAC key. */
export const TEST_PIN_KEYS: PinKeyring = {
  currentKeyId: "test1",
  keys: new Map([["test1", Buffer.alloc(32, 7)]]),
};

let sequence = 0;
const uniq = () => `${process.pid}${Date.now().toString(36)}${(sequence++).toString(36)}`;

/**
 * Factories for one test database. `create()` lays a small world (province → city accounting
 * unit → outlet); each helper takes overrides for what the test cares about.
 */
export class Fixtures {
  private batchByFace = new Map<number, string>();
  private nextSerial = randomInt(1, 1_000_000_000) * 1000;

  private constructor(
    readonly db: Db,
    readonly pinKeys: PinKeyring,
    readonly provinceId: string,
    readonly cityId: string,
    readonly outletId: string,
    /** A second city branch, outside the first city's subtree: "another unit". */
    readonly otherCityId: string,
    readonly otherOutletId: string,
  ) {}

  static async create(db: Db, pinKeys: PinKeyring = TEST_PIN_KEYS): Promise<Fixtures> {
    const now = new Date();
    const p = `unt_p${uniq()}`;
    const c = `unt_c${uniq()}`;
    const o = `unt_o${uniq()}`;
    const c2 = `unt_c${uniq()}`;
    const o2 = `unt_o${uniq()}`;
    await db.orm.insert(orgUnits).values([
      {
        id: p,
        code: p,
        name: "测试省公司",
        kind: "province",
        parentId: null,
        path: `/${p}/`,
        createdAt: now,
      },
      {
        id: c,
        code: c,
        name: "测试市公司",
        kind: "city",
        parentId: p,
        path: `/${p}/${c}/`,
        isAccountingUnit: true,
        createdAt: now,
      },
      {
        id: o,
        code: o,
        name: "测试营业厅",
        kind: "outlet",
        parentId: c,
        path: `/${p}/${c}/${o}/`,
        createdAt: now,
      },
      {
        id: c2,
        code: c2,
        name: "另一市公司",
        kind: "city",
        parentId: p,
        path: `/${p}/${c2}/`,
        isAccountingUnit: true,
        createdAt: now,
      },
      {
        id: o2,
        code: o2,
        name: "另一营业厅",
        kind: "outlet",
        parentId: c2,
        path: `/${p}/${c2}/${o2}/`,
        createdAt: now,
      },
    ]);
    return new Fixtures(db, pinKeys, p, c, o, c2, o2);
  }

  async customer(
    overrides: {
      customerNo?: string;
      name?: string;
      phone?: string;
      accountingUnitId?: string;
      status?: CustomerStatus;
    } = {},
  ) {
    const now = new Date();
    const customerNo = overrides.customerNo ?? String(randomInt(1_000_000_000, 9_999_999_999));
    const name = overrides.name ?? "张小明";
    const accountingUnitId = overrides.accountingUnitId ?? this.cityId;
    const closed = overrides.status === "closed";
    await this.db.orm.insert(customers).values({
      customerNo,
      name,
      phone: overrides.phone ?? "13812345678",
      accountingUnitId,
      status: overrides.status ?? "normal",
      closedAt: closed ? now : null,
      createdAt: now,
    });
    await this.db.orm.insert(accounts).values({ customerNo, createdAt: now, updatedAt: now });
    await this.db.orm
      .insert(customerUnitHistory)
      .values({ customerNo, accountingUnitId, effectiveFrom: now });
    return { customerNo, name };
  }

  /** A card in the given state (default sold). A sold card's sale is in the ledger, as in life. */
  async card(overrides: { state?: CardState; faceValueFen?: number; pin?: string } = {}) {
    const now = new Date();
    const faceValueFen = overrides.faceValueFen ?? 10_000;
    const state = overrides.state ?? "sold";
    const pin = overrides.pin ?? generatePin();
    const cardNo = makeCardNo("33", this.nextSerial++);
    await this.db.orm.insert(cards).values({
      cardNo,
      batchId: await this.batch(faceValueFen),
      faceValueFen,
      state,
      ownerUnitId: this.outletId,
      pinHmac: pinHmac(this.pinKeys, pin),
      pinKeyId: this.pinKeys.currentKeyId,
      createdAt: now,
      updatedAt: now,
      soldAt: state === "in_stock" ? null : now,
    });
    if (state !== "in_stock") await this.recordSale(faceValueFen, now);
    return { cardNo, pin, faceValueFen };
  }

  /**
   * A run of `count` consecutive card numbers in one state (default in_stock at the outlet), for
   * range operations. Returns the range and the PINs in card-number order. Cards made `sold`
   * have their sale in the ledger, like `card()`.
   */
  async cardRange(
    count: number,
    options: {
      state?: CardState;
      faceValueFen?: number;
      ownerUnitId?: string;
      holderUserId?: string | null;
      transferId?: string | null;
      stateBeforeFreeze?: CardState | null;
      /** The batch the cards belong to (default: the fixture batch of the face value). */
      batchId?: string;
    } = {},
  ) {
    const now = new Date();
    const faceValueFen = options.faceValueFen ?? 10_000;
    const state = options.state ?? "in_stock";
    const batchId = options.batchId ?? (await this.batch(faceValueFen));
    const first = this.nextSerial;
    this.nextSerial += count + 1; // a gap, so neighbouring ranges of a test never touch
    const pins = Array.from({ length: count }, () => generatePin());
    const rows = pins.map((pin, i) => ({
      cardNo: makeCardNo("33", first + i),
      batchId,
      faceValueFen,
      state,
      ownerUnitId: options.ownerUnitId ?? this.outletId,
      holderUserId: options.holderUserId ?? null,
      transferId: options.transferId ?? null,
      stateBeforeFreeze: options.stateBeforeFreeze ?? null,
      pinHmac: pinHmac(this.pinKeys, pin),
      pinKeyId: this.pinKeys.currentKeyId,
      createdAt: now,
      updatedAt: now,
      soldAt: state === "sold" ? now : null,
    }));
    for (let i = 0; i < rows.length; i += 1000)
      await this.db.orm.insert(cards).values(rows.slice(i, i + 1000));
    if (state === "sold") await this.recordSale(faceValueFen * count, now);
    const cardNos = rows.map((r) => r.cardNo);
    return {
      firstCardNo: cardNos[0] as string,
      lastCardNo: cardNos[cardNos.length - 1] as string,
      cardNos,
      pins,
      faceValueFen,
      batchId,
    };
  }

  /**
   * A batch of a production order as card generation leaves it: `count` cards `generated`
   * (owned by the province unless told), and a batch row with the order, quantity and range, so
   * shipments and the conservation check see it. No production_orders row: nothing needs one.
   */
  async generatedBatch(
    count: number,
    options: { orderId?: string; faceValueFen?: number; unitId?: string; ownerUnitId?: string } = {},
  ) {
    const faceValueFen = options.faceValueFen ?? 10_000;
    const orderId = options.orderId ?? `ord_${uniq()}`;
    const batchId = `bat_${uniq()}`;
    const first = this.nextSerial;
    await this.db.orm.insert(cardBatches).values({
      id: batchId,
      faceValueFen,
      quantity: count,
      orderId,
      unitId: options.unitId ?? this.cityId,
      firstSerial: first,
      lastSerial: first + count - 1,
      firstCardNo: makeCardNo("33", first),
      lastCardNo: makeCardNo("33", first + count - 1),
      createdAt: new Date(),
    });
    const range = await this.cardRange(count, {
      state: "generated",
      faceValueFen,
      ownerUnitId: options.ownerUnitId ?? this.provinceId,
      batchId,
    });
    return { ...range, orderId };
  }

  /**
   * A staff user holding the given roles in a unit (default: the first city), with a password
   * and a ready access token. Roles are inserted directly, as an administrator would grant them.
   */
  async staff(
    roles: StaffRole[],
    options: { unitId?: string; password?: string; displayName?: string } = {},
  ) {
    const now = new Date();
    const unitId = options.unitId ?? this.cityId;
    const id = `usr_${uniq()}`;
    const username = `u${uniq()}`.toLowerCase().replace(/[^a-z0-9]/g, "");
    const password = options.password ?? "correct horse battery staple";
    await this.db.orm.insert(staffUsers).values({
      id,
      username,
      displayName: options.displayName ?? `测试 ${roles.join("+")}`,
      unitId,
      passwordHash: await hashPassword(password),
      passwordChangedAt: now,
      createdAt: now,
      updatedAt: now,
    });
    for (const role of roles)
      await this.db.orm.insert(staffRoles).values({ userId: id, role, unitId, createdAt: now });
    const token = await issueAccessToken(TEST_SIGNING_KEYS, id, now);
    return { id, username, password, unitId, roles, token };
  }

  /**
   * A channel client and its API key. Its requests per minute are far above the production
   * default (600), so that only tests about that limit meet it: they pass `rateLimitPerMinute`.
   */
  /** A client of a channel, given the recharge set of operations (or `operations`). */
  async client(
    channel: Channel = "counter",
    overrides: { rateLimitPerMinute?: number; operations?: readonly ClientOperation[] } = {},
  ) {
    const apiKey = generateApiKey();
    const id = `cli_${uniq()}`;
    await this.db.orm.insert(channelClients).values({
      id,
      name: `test ${channel}`,
      channel,
      apiKeyHash: hashApiKey(apiKey),
      apiKeyPrefix: apiKeyPrefix(apiKey),
      unitId: channel === "counter" ? this.outletId : null,
      allowedOperations: [...(overrides.operations ?? RECHARGE_CHANNEL_OPERATIONS)],
      rateLimitPerMinute: overrides.rateLimitPerMinute ?? 1_000_000,
      createdAt: new Date(),
    });
    if (channel === "partner")
      await this.db.orm.insert(clientKeys).values({
        clientId: id,
        kid: FIXTURE_PARTNER_KEY_ID,
        alg: "EdDSA",
        publicJwk: { kty: "OKP", crv: "Ed25519", x: "fixture-no-private-key-exists" },
        createdAt: new Date(),
      });
    return { id, apiKey, channel };
  }

  private async batch(faceValueFen: number): Promise<string> {
    const existing = this.batchByFace.get(faceValueFen);
    if (existing) return existing;
    const id = `bat_${uniq()}`;
    await this.db.orm.insert(cardBatches).values({ id, faceValueFen, quantity: 0, createdAt: new Date() });
    this.batchByFace.set(faceValueFen, id);
    return id;
  }

  private async recordSale(amountFen: number, now: Date) {
    const movement = cardsSold({ outletUnitId: this.outletId, amountFen });
    const posting = {
      movement,
      transactionId: `txn_sale_${uniq()}`,
      businessDate: businessDate(now),
      reference: null,
      createdAt: now,
    };
    await this.db.orm.transaction((tx) => postMovements(tx as unknown as Orm, [posting]));
  }
}
