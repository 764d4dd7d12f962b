/**
 * The ledger's movements in values, below every package that books one: what each business event
 * debits and credits (movements.ts, over the chart of accounts in ledger-accounts.ts), the balance
 * check, and the posting. The API's ledger module (api/src/services/ledger) re-exports them and
 * adds the SQL form for its one-statement paths; the demo seed and the benchmarks post with them.
 */
export * from "./balanced.ts";
export * from "./movement.ts";
export * from "./movements.ts";
export * from "./post-movements.ts";
