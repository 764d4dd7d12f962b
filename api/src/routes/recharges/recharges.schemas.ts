import { z } from "@hono/zod-openapi";
import { CardNoSchema, CustomerNoSchema, PinSchema } from "../../http/openapi.ts";

export const CreateRechargeSchema = z
  .strictObject({ cardNo: CardNoSchema, pin: PinSchema, customerNo: CustomerNoSchema })
  .openapi("CreateRecharge");

// The recharge's response shapes are stated once, by the service that builds them.
export { RechargeByKeySchema, RechargeSchema } from "../../services/recharge/recharge-schema.ts";
