export * from "./cards.ts";
export * from "./channels.ts";
export * from "./customers.ts";
export * from "./idempotency.ts";
export * from "./ledger.ts";
export * from "./org.ts";
export * from "./recharges.ts";
