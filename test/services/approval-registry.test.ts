import { describe, expect, it } from "vitest";
import {
  APPROVAL_HANDLERS,
  decisionHandler,
} from "../../api/src/services/approval-decisions/approval-handlers.ts";
import { APPROVAL_KINDS, type ApprovalKind } from "../../api/src/services/approvals/approval-kinds.ts";

/**
 * The approval handler registry: one entry for each kind of the one list, and a kind outside the
 * list (a typo, or a row written by hand) is refused instead of being approved with nothing done.
 */
describe("the approval handler registry", () => {
  it("has an approval handler for every kind, and no entry beyond the list", () => {
    expect(Object.keys(APPROVAL_HANDLERS).sort()).toEqual([...APPROVAL_KINDS].sort());
    for (const kind of APPROVAL_KINDS) expect(typeof APPROVAL_HANDLERS[kind].approved).toBe("function");
  });

  it("says for each kind what a rejection undoes (a handler, or explicitly nothing)", () => {
    const undone = APPROVAL_KINDS.filter((kind) => APPROVAL_HANDLERS[kind].rejected !== null);
    expect(undone.sort()).toEqual(["account_refund", "credit_reversal", "production_plan", "settlement_run"]);
    expect(decisionHandler("card_unlock", "rejected")).toBeNull();
    expect(decisionHandler("settlement_run", "rejected")).toBe(APPROVAL_HANDLERS.settlement_run.rejected);
  });

  it("throws for a kind it does not know, for either decision", () => {
    expect(() => decisionHandler("card_unlok", "approved")).toThrow(/card_unlok/);
    expect(() => decisionHandler("card_unlok", "rejected")).toThrow(/card_unlok/);
  });

  it("a misspelt kind does not compile", () => {
    // @ts-expect-error "card_unlok" is not an ApprovalKind (npm run typecheck fails if it were)
    const typo: ApprovalKind = "card_unlok";
    expect(APPROVAL_KINDS).not.toContain(typo);
  });
});
