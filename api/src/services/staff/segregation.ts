import type { StaffRole } from "@powercard/db";
import { DomainError } from "../../shared/errors.ts";

/**
 * Segregation of duties (the same rule the database enforces with a trigger): the keeper of
 * cards never handles their money, and a system administrator does no business at all.
 */
export function assertSegregation(roles: readonly StaffRole[]): void {
  const set = new Set(roles);
  if (set.has("card_admin") && set.has("fund_admin")) {
    throw new DomainError("segregation_of_duties", {
      detail: "card_admin and fund_admin cannot be held by one person in one unit",
    });
  }
  if (set.has("sysadmin") && set.size > 1) {
    throw new DomainError("segregation_of_duties", { detail: "a sysadmin holds no other role" });
  }
}
