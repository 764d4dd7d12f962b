export * from "./balanced.ts";
export * from "./movement.ts";
export * from "./movement-sql.ts";
export * from "./movements.ts";
export * from "./post-movements.ts";
