import {
  cards,
  customers,
  type Db,
  type Orm,
  orgUnits,
  type ReversalSource,
  recharges,
  topups,
} from "@powercard/db";
import { and, eq } from "drizzle-orm";
import type { UserPrincipal } from "../../shared/auth/principal.ts";
import { DomainError } from "../../shared/errors.ts";
import { onCustomerLine } from "../accounts/customer-access.ts";

/** A recharge or top-up as a reversal case needs it: what was credited, to whom, by whom, when. */
export interface Credit {
  source: ReversalSource;
  creditId: string;
  cardNo: string | null;
  clientId: string;
  customerNo: string;
  customerName: string;
  amountFen: number;
  createdAt: Date;
  unitId: string;
  unitPath: string;
}

const CARD_NO = /^[0-9]{16}$/;

/**
 * Finds the credit a reversal names, by its 流水号 (a recharge rch_… or top-up tup_… id) or by
 * the card number of a used card (the card row names its recharge). Staff see only credits of
 * customers on their line (customer-access.ts); anything else is `credit_not_found`.
 */
export async function findCredit(db: Db | { orm: Orm }, actor: UserPrincipal, ref: string): Promise<Credit> {
  const credit = await lookUp(db.orm, ref.trim());
  if (!credit || !onCustomerLine(actor, credit.unitPath)) throw new DomainError("credit_not_found");
  return credit;
}

async function lookUp(orm: Orm, ref: string): Promise<Credit | null> {
  if (CARD_NO.test(ref)) {
    const [card] = await orm
      .select({ rechargeId: cards.usedByRechargeId, customerNo: cards.usedByCustomerNo })
      .from(cards)
      .where(and(eq(cards.cardNo, ref), eq(cards.state, "used")));
    if (!card?.rechargeId || !card.customerNo) return null;
    return recharge(orm, card.rechargeId, card.customerNo);
  }
  if (ref.startsWith("rch_")) return recharge(orm, ref);
  if (ref.startsWith("tup_")) return topup(orm, ref);
  return null;
}

const customerColumns = {
  customerName: customers.name,
  unitId: orgUnits.id,
  unitPath: orgUnits.path,
};

async function recharge(orm: Orm, id: string, customerNo?: string): Promise<Credit | null> {
  const [row] = await orm
    .select({
      creditId: recharges.id,
      cardNo: recharges.cardNo,
      clientId: recharges.clientId,
      customerNo: recharges.customerNo,
      amountFen: recharges.amountFen,
      createdAt: recharges.createdAt,
      ...customerColumns,
    })
    .from(recharges)
    .innerJoin(customers, eq(customers.customerNo, recharges.customerNo))
    .innerJoin(orgUnits, eq(orgUnits.id, customers.accountingUnitId))
    .where(and(eq(recharges.id, id), customerNo ? eq(recharges.customerNo, customerNo) : undefined));
  return row ? { source: "recharge", ...row } : null;
}

async function topup(orm: Orm, id: string): Promise<Credit | null> {
  const [row] = await orm
    .select({
      creditId: topups.id,
      clientId: topups.clientId,
      customerNo: topups.customerNo,
      amountFen: topups.amountFen,
      createdAt: topups.createdAt,
      ...customerColumns,
    })
    .from(topups)
    .innerJoin(customers, eq(customers.customerNo, topups.customerNo))
    .innerJoin(orgUnits, eq(orgUnits.id, customers.accountingUnitId))
    .where(eq(topups.id, id));
  return row ? { source: "topup", cardNo: null, ...row } : null;
}
