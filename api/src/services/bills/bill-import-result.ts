/** A bill as the billing system sends it. */
export interface BillInput {
  billId: string;
  customerNo: string;
  period: string;
  amountFen: number;
}

/** What the import did with one bill of the batch. */
export type BillResult =
  | { index: number; billId: string; outcome: "imported"; id: string; customerNo: string }
  | { index: number; billId: string; outcome: "duplicate"; id: string; customerNo: string }
  | {
      index: number;
      billId: string;
      outcome: "rejected";
      code: "bill_conflict" | "customer_not_found";
      detail: string;
    };

export const CONFLICT = "This bill id was imported before with another customer, period or amount";
export const NO_CUSTOMER = "No such customer in your accounting units";

export function rejected(
  index: number,
  billId: string,
  code: "bill_conflict" | "customer_not_found",
  detail: string,
) {
  return { index, billId, outcome: "rejected" as const, code, detail };
}

export const sameContent = (a: BillInput, b: BillInput) =>
  a.customerNo === b.customerNo && a.period === b.period && a.amountFen === b.amountFen;

/** A bill id repeated in one batch: a duplicate of its first line, or a conflict with it. */
export function againstFirst(
  repeat: BillInput & { index: number },
  first: Map<string, BillInput & { index: number }>,
  outcomes: Map<string, BillResult>,
): BillResult {
  const seen = first.get(repeat.billId);
  const outcome = outcomes.get(repeat.billId);
  if (!seen || !outcome || !sameContent(repeat, seen))
    return rejected(
      repeat.index,
      repeat.billId,
      "bill_conflict",
      `${CONFLICT} (item ${(seen?.index ?? 0) + 1} of this batch)`,
    );
  if (outcome.outcome === "rejected") return { ...outcome, index: repeat.index };
  return {
    index: repeat.index,
    billId: repeat.billId,
    outcome: "duplicate",
    id: outcome.id,
    customerNo: outcome.customerNo,
  };
}
