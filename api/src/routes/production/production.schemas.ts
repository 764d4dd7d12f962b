import { z } from "@hono/zod-openapi";
import { PublicJwkSchema } from "../../services/production/manufacturer-view.ts";

const DateOnly = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .openapi({ format: "date", example: "2029-11-26" });

export const RegisterManufacturerSchema = z
  .strictObject({
    name: z.string().min(1).max(100).openapi({ example: "某某智能卡有限公司" }),
    encryptionJwk: PublicJwkSchema.openapi({
      description: "Public key card files are encrypted to (ECDH-ES+A256KW): EC P-256/P-384 or OKP X25519.",
    }),
    verificationJwk: PublicJwkSchema.openapi({
      description:
        "Public key that verifies the manufacturer's acknowledgements: EC P-256 (ES256) or Ed25519.",
    }),
  })
  .openapi("RegisterManufacturer");

export const CreateProductionRequestSchema = z
  .strictObject({
    unitId: z.string().max(64).optional().openapi({ description: "The city bureau; default your own unit." }),
    faceValueFen: z.number().int().min(100).max(100_000_00).openapi({ example: 10000 }),
    quantity: z.number().int().min(1).max(10_000_000).openapi({ example: 5000 }),
  })
  .openapi("CreateProductionRequest");

export const CreateProductionPlanSchema = z
  .strictObject({
    requestIds: z.array(z.string().max(64)).min(1).max(500),
    sellBy: DateOnly.optional().openapi({
      description: "Last Asia/Shanghai date the plan's cards may be sold; default three years from today.",
    }),
  })
  .openapi("CreateProductionPlan");

export const CreateProductionOrderSchema = z
  .strictObject({ planId: z.string().max(64), manufacturerId: z.string().max(64) })
  .openapi("CreateProductionOrder");

export const AcknowledgementSchema = z
  .strictObject({
    acknowledgement: z.string().min(1).max(10_000).openapi({
      description: "The manufacturer's compact JWS for one card file, from `npm run manufacturer -- open`.",
    }),
  })
  .openapi("ProductionOrderAcknowledgement");
