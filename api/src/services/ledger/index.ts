// The movements in values live in the db package (db/src/ledger/), so the demo seed and the
// benchmarks post them the same way; the SQL form for the one-statement paths is the API's.
export * from "@powercard/db/ledger";
export * from "./movement-sql.ts";
