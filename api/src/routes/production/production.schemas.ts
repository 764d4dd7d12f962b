import { z } from "@hono/zod-openapi";

const Fen = z.number().int();
const Instant = z.string().openapi({ format: "date-time" });
const DateOnly = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .openapi({ format: "date", example: "2029-11-26" });

const PublicJwkSchema = z
  .looseObject({
    kty: z.string(),
    crv: z.string().optional(),
    x: z.string().optional(),
    y: z.string().optional(),
  })
  .openapi("PublicJwk", { description: "A public JSON Web Key (RFC 7517)." });

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

export const ManufacturerSchema = z
  .object({
    id: z.string().openapi({ example: "mfr_01jh3v5z2ef8r9t7g6q4n2m1k0" }),
    name: z.string(),
    encryptionJwk: PublicJwkSchema,
    verificationJwk: PublicJwkSchema,
    createdAt: Instant,
  })
  .openapi("Manufacturer");

export const CreateProductionRequestSchema = z
  .strictObject({
    unitId: z.string().max(64).optional().openapi({ description: "The city bureau; default your own unit." }),
    faceValueFen: z.number().int().min(100).max(100_000_00).openapi({ example: 10000 }),
    quantity: z.number().int().min(1).max(10_000_000).openapi({ example: 5000 }),
  })
  .openapi("CreateProductionRequest");

export const ProductionRequestSchema = z
  .object({
    id: z.string(),
    unitId: z.string(),
    faceValueFen: Fen,
    quantity: z.number().int(),
    state: z.enum(["open", "planned"]),
    planId: z.string().nullable(),
    requestedBy: z.string(),
    createdAt: Instant,
  })
  .openapi("ProductionRequest");

export const CreateProductionPlanSchema = z
  .strictObject({
    requestIds: z.array(z.string().max(64)).min(1).max(500),
    sellBy: DateOnly.optional().openapi({
      description: "Last Asia/Shanghai date the plan's cards may be sold; default three years from today.",
    }),
  })
  .openapi("CreateProductionPlan");

export const ProductionPlanSchema = z
  .object({
    id: z.string(),
    unitId: z.string(),
    state: z.enum(["pending_approval", "approved", "rejected", "ordered"]),
    sellBy: z.string().openapi({ format: "date" }),
    approvalId: z.string(),
    createdBy: z.string(),
    createdAt: Instant,
    decidedAt: Instant.nullable(),
    lines: z.array(
      z.object({ requestId: z.string(), unitId: z.string(), faceValueFen: Fen, quantity: z.number().int() }),
    ),
    cardCount: z.number().int(),
    totalFen: Fen,
  })
  .openapi("ProductionPlan");

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
