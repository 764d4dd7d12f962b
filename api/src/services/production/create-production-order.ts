import {
  CARD_ISSUER_CODE,
  cardBatches,
  cardFiles,
  makeCardNo,
  manufacturers,
  orgUnits,
  productionOrders,
  productionPlans,
  productionRequests,
  SERIAL_DIGITS,
  toFen,
} from "@powercard/db";
import { and, asc, eq } from "drizzle-orm";
import { inScope, type UserPrincipal } from "../../shared/auth/principal.ts";
import { DomainError } from "../../shared/errors.ts";
import { newId } from "../../shared/ids.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import { sealCardFile } from "../cards/card-file/index.ts";
import type { ServiceContext } from "../service-context.ts";
import { CARDS_PER_FILE, CardFilePart, partCountFor } from "./card-file-parts.ts";
import { type BatchToGenerate, CARD_COPY_COLUMNS, chunkSizes, generateCards } from "./generate-cards.ts";
import { toProductionOrderView } from "./production-order-view.ts";

type Ctx = ServiceContext & { actor: UserPrincipal };

/**
 * Orders an approved plan from a manufacturer, and so makes its cards: in ONE transaction the
 * plan becomes `ordered`, each plan line becomes a batch with a fresh serial range, the cards
 * are streamed into the database with COPY (PIN HMACs only), and the print file (with the
 * PINs) is signed and encrypted to the manufacturer and stored. If anything fails, nothing
 * exists — no cards without a file, no file without cards.
 */
export async function createProductionOrder({
  ctx,
  input,
  cardsPerFile = CARDS_PER_FILE,
}: {
  ctx: Ctx;
  input: { planId: string; manufacturerId: string };
  cardsPerFile?: number;
}) {
  const [plan] = await ctx.db.orm
    .select({ plan: productionPlans, path: orgUnits.path })
    .from(productionPlans)
    .innerJoin(orgUnits, eq(orgUnits.id, productionPlans.unitId))
    .where(eq(productionPlans.id, input.planId));
  if (!plan || !inScope(ctx.actor, plan.path)) throw new DomainError("production_plan_not_found");
  const [manufacturer] = await ctx.db.orm
    .select()
    .from(manufacturers)
    .where(eq(manufacturers.id, input.manufacturerId));
  if (!manufacturer) throw new DomainError("manufacturer_not_found");

  const orderId = newId.productionOrder();
  const { sellBy, unitId } = plan.plan;
  return ctx.db.bulkTransaction(async (tx) => {
    const [ordered] = await tx.orm
      .update(productionPlans)
      .set({ state: "ordered" })
      .where(and(eq(productionPlans.id, input.planId), eq(productionPlans.state, "approved")))
      .returning({ id: productionPlans.id });
    if (!ordered) {
      throw new DomainError("production_plan_not_orderable", {
        detail: `The plan is ${plan.plan.state}; only an approved plan without an order can be ordered`,
      });
    }
    const lines = await tx.orm
      .select()
      .from(productionRequests)
      .where(eq(productionRequests.planId, input.planId))
      .orderBy(asc(productionRequests.createdAt), asc(productionRequests.id));
    const cardCount = lines.reduce((n, l) => n + l.quantity, 0);

    // Serials come from the one counter row, locked until commit: ranges never overlap.
    const [counter] = await tx.query<{ first: unknown }>(
      "UPDATE card_serial_counter SET next_serial = next_serial + $1 WHERE id = 1 RETURNING next_serial - $1 AS first",
      [cardCount],
    );
    let serial = toFen(counter?.first);
    if (serial + cardCount > 10 ** SERIAL_DIGITS) throw new Error("card serials exhausted");

    const batches: (BatchToGenerate & { unitId: string })[] = lines.map((line) => {
      const batch = {
        batchId: newId.batch(),
        faceValueFen: line.faceValueFen,
        firstSerial: serial,
        quantity: line.quantity,
        unitId: line.unitId,
      };
      serial += line.quantity;
      return batch;
    });
    const batchRows = batches.map((b) => ({
      id: b.batchId,
      faceValueFen: b.faceValueFen,
      quantity: b.quantity,
      orderId,
      unitId: b.unitId,
      firstSerial: b.firstSerial,
      lastSerial: b.firstSerial + b.quantity - 1,
      firstCardNo: makeCardNo(CARD_ISSUER_CODE, b.firstSerial),
      lastCardNo: makeCardNo(CARD_ISSUER_CODE, b.firstSerial + b.quantity - 1),
      sellBy,
      createdAt: ctx.now,
    }));
    await tx.orm.insert(cardBatches).values(batchRows);

    // The cards go to the database with COPY, one COPY per card file; each file is sealed and
    // stored as soon as its cards are loaded, so only one file's PINs are ever in memory.
    const partCount = partCountFor(chunkSizes(batches), cardsPerFile);
    const chunks = generateCards(batches, {
      issuerCode: CARD_ISSUER_CODE,
      ownerUnitId: unitId,
      pinKeys: ctx.pinKeys,
      now: ctx.now,
    })[Symbol.iterator]();
    let pending = chunks.next();
    const fileRows: { part: number; cardCount: number; printFileSha256: string }[] = [];
    const order = {
      id: orderId,
      planId: input.planId,
      manufacturerId: manufacturer.id,
      unitId,
      state: "generated" as const,
      cardCount,
      totalFen: batches.reduce((n, b) => n + b.quantity * b.faceValueFen, 0),
      createdBy: ctx.actor.id,
      createdAt: ctx.now,
      acknowledgedAt: null,
    };
    await tx.orm.insert(productionOrders).values(order);
    while (!pending.done) {
      const part = new CardFilePart(fileRows.length + 1, cardsPerFile);
      await tx.copyFrom(
        "cards",
        CARD_COPY_COLUMNS,
        (function* () {
          while (!pending.done && !part.full) {
            part.add(pending.value);
            yield pending.value.copyCsv;
            pending = chunks.next();
          }
        })(),
      );
      const manifest = part.manifest({ orderId, manufacturerId: manufacturer.id, now: ctx.now }, partCount);
      const printFile = part.takePrintFile();
      const jwe = await sealCardFile({
        signingKeys: ctx.signingKeys,
        manufacturer: { id: manufacturer.id, encryptionJwk: manufacturer.encryptionJwk },
        manifest,
        printFile,
      });
      printFile.fill(0); // the PINs leave memory as soon as their encrypted file exists
      const row = { part: part.index, cardCount: part.cardCount, printFileSha256: manifest.printFile.sha256 };
      await tx.orm.insert(cardFiles).values({ orderId, ...row, jwe, createdAt: ctx.now });
      fileRows.push(row);
    }
    await recordAuditEvent(
      { tx: tx.orm, requestId: ctx.requestId, now: ctx.now, actor: { type: "user", id: ctx.actor.id } },
      {
        action: "production_order.created",
        objectType: "production_order",
        objectId: orderId,
        unitId,
        after: {
          planId: input.planId,
          manufacturerId: manufacturer.id,
          cardCount: order.cardCount,
          totalFen: order.totalFen,
          files: fileRows,
          batches: batchRows.map((b) => ({ id: b.id, firstCardNo: b.firstCardNo, lastCardNo: b.lastCardNo })),
        },
      },
    );
    return toProductionOrderView(
      order,
      batchRows,
      fileRows.map((f) => ({ ...f, acknowledgedAt: null })),
    );
  });
}
