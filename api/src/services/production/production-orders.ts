import { cardBatches, cardFiles, manufacturers, orgUnits, productionOrders } from "@powercard/db";
import { and, asc, desc, eq, isNull, sql } from "drizzle-orm";
import { decodeJwt } from "jose";
import { inScope, type UserPrincipal } from "../../shared/auth/principal.ts";
import { DomainError } from "../../shared/errors.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import { verifyAcknowledgement } from "../cards/card-file/index.ts";
import type { ServiceContext } from "../service-context.ts";
import { withinUnit } from "../units/unit-scope.ts";
import { toProductionOrderView } from "./production-order-view.ts";

type Ctx = ServiceContext & { actor: UserPrincipal };
type OrderRow = typeof productionOrders.$inferSelect;

async function orderInScope(ctx: Ctx, id: string) {
  const [found] = await ctx.db.orm
    .select({ order: productionOrders, path: orgUnits.path })
    .from(productionOrders)
    .innerJoin(orgUnits, eq(orgUnits.id, productionOrders.unitId))
    .where(eq(productionOrders.id, id));
  if (!found || !inScope(ctx.actor, found.path)) throw new DomainError("production_order_not_found");
  return found.order;
}

async function orderView(ctx: Ctx, order: OrderRow) {
  const [batches, files] = await Promise.all([
    ctx.db.orm
      .select()
      .from(cardBatches)
      .where(eq(cardBatches.orderId, order.id))
      .orderBy(asc(cardBatches.firstSerial)),
    ctx.db.orm
      .select({
        part: cardFiles.part,
        cardCount: cardFiles.cardCount,
        printFileSha256: cardFiles.printFileSha256,
        acknowledgedAt: cardFiles.acknowledgedAt,
      })
      .from(cardFiles)
      .where(eq(cardFiles.orderId, order.id))
      .orderBy(asc(cardFiles.part)),
  ]);
  return toProductionOrderView(order, batches, files);
}

/** Orders of the caller's subtree, newest first, at most 100, with their batches and files. */
export async function listProductionOrders({ ctx }: { ctx: Ctx }) {
  const rows = await ctx.db.orm
    .select({ order: productionOrders })
    .from(productionOrders)
    .innerJoin(orgUnits, eq(orgUnits.id, productionOrders.unitId))
    .where(withinUnit(orgUnits.path, ctx.actor.unitPath))
    .orderBy(desc(productionOrders.createdAt), desc(productionOrders.id))
    .limit(100);
  return Promise.all(rows.map((r) => orderView(ctx, r.order)));
}

export async function getProductionOrder({ ctx, input }: { ctx: Ctx; input: { id: string } }) {
  return orderView(ctx, await orderInScope(ctx, input.id));
}

/**
 * One encrypted card file of an order, as often as the issuer needs it (a lost download, a
 * reprint). It is useless without the manufacturer's private key, but every download is audited.
 */
export async function downloadCardFile({ ctx, input }: { ctx: Ctx; input: { id: string; part: number } }) {
  const order = await orderInScope(ctx, input.id);
  const [file] = await ctx.db.orm
    .select({ jwe: cardFiles.jwe })
    .from(cardFiles)
    .where(and(eq(cardFiles.orderId, order.id), eq(cardFiles.part, input.part)));
  if (!file) throw new DomainError("card_file_not_found");
  await recordAuditEvent(
    { tx: ctx.db.orm, requestId: ctx.requestId, now: ctx.now, actor: { type: "user", id: ctx.actor.id } },
    {
      action: "card_file.downloaded",
      objectType: "production_order",
      objectId: order.id,
      unitId: order.unitId,
      after: { part: input.part, bytes: file.jwe.length },
    },
  );
  return { orderId: order.id, part: input.part, jwe: file.jwe };
}

/**
 * Records the manufacturer's signed acknowledgement of one card file: signed by the
 * manufacturer's registered key, naming this order, the file's card count and its print-file
 * hash. When every file of the order is acknowledged, the order is closed.
 */
export async function acknowledgeCardFile({
  ctx,
  input,
}: {
  ctx: Ctx;
  input: { id: string; acknowledgement: string };
}) {
  const order = await orderInScope(ctx, input.id);
  const [manufacturer] = await ctx.db.orm
    .select()
    .from(manufacturers)
    .where(eq(manufacturers.id, order.manufacturerId));
  if (!manufacturer) throw new Error(`order ${order.id} names a missing manufacturer`);
  // The claimed hash only picks the file; the signature and every figure are verified next.
  const claimed = claimedHash(input.acknowledgement);
  const [file] = await ctx.db.orm
    .select()
    .from(cardFiles)
    .where(and(eq(cardFiles.orderId, order.id), eq(cardFiles.printFileSha256, claimed)));
  if (!file) {
    throw new DomainError("acknowledgement_invalid", {
      detail: "The acknowledgement names no card file of this order",
    });
  }
  await verifyAcknowledgement({
    jws: input.acknowledgement,
    verificationJwk: manufacturer.verificationJwk,
    expected: { orderId: order.id, cardCount: file.cardCount, printFileSha256: file.printFileSha256 },
  });
  const closed = await ctx.db.orm.transaction(async (tx) => {
    const [acked] = await tx
      .update(cardFiles)
      .set({ acknowledgement: input.acknowledgement, acknowledgedAt: ctx.now })
      .where(
        and(eq(cardFiles.orderId, order.id), eq(cardFiles.part, file.part), isNull(cardFiles.acknowledgedAt)),
      )
      .returning({ part: cardFiles.part });
    if (!acked) return null;
    // The last file closes the order (compare-and-set, so two last acknowledgements cannot both).
    const [row] = await tx
      .update(productionOrders)
      .set({ state: "acknowledged", acknowledgedAt: ctx.now })
      .where(
        and(
          eq(productionOrders.id, order.id),
          eq(productionOrders.state, "generated"),
          sql`NOT EXISTS (SELECT 1 FROM card_files f WHERE f.order_id = ${order.id} AND f.acknowledged_at IS NULL)`,
        ),
      )
      .returning();
    await recordAuditEvent(
      { tx, requestId: ctx.requestId, now: ctx.now, actor: { type: "user", id: ctx.actor.id } },
      {
        action: "card_file.acknowledged",
        objectType: "production_order",
        objectId: order.id,
        unitId: order.unitId,
        after: { part: file.part, cardCount: file.cardCount, orderState: row?.state ?? order.state },
      },
    );
    return row ?? order;
  });
  if (!closed) throw new DomainError("card_file_already_acknowledged");
  return orderView(ctx, closed);
}

function claimedHash(jws: string): string {
  try {
    const { printFileSha256 } = decodeJwt(jws) as { printFileSha256?: unknown };
    if (typeof printFileSha256 === "string") return printFileSha256;
  } catch {
    // falls through to the error below
  }
  throw new DomainError("acknowledgement_invalid", { detail: "The acknowledgement is not a readable JWS" });
}
