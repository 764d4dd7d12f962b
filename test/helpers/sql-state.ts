import { sqlState } from "../../api/src/shared/db-errors.ts";

/**
 * The SQLSTATE a statement was refused with, wherever the driver or drizzle put it. Tests match
 * it, never a constraint name or the message text (CONVENTIONS: scale-out); a statement that
 * succeeds, or fails without a SQLSTATE, fails the test.
 */
export async function sqlStateOf(statement: Promise<unknown>): Promise<string> {
  try {
    await statement;
  } catch (error) {
    const state = sqlState(error);
    if (state) return state;
    throw error;
  }
  throw new Error("the statement succeeded; a refusal was expected");
}
