import { z } from "@hono/zod-openapi";
import { RechargeSchema } from "./recharge-schema.ts";

/** A recharge the clerk made at the counter, with the masked 户名 the receipt prints. */
export const CounterRechargeSchema = RechargeSchema.extend({
  customerName: z.string().openapi({ description: "The customer's name, masked.", example: "张*明" }),
}).openapi("CounterRecharge");
export type CounterRechargeView = z.infer<typeof CounterRechargeSchema>;
