import { z } from "@hono/zod-openapi";

const Instant = z.string().openapi({ format: "date-time" });

export const PublicJwkSchema = z
  .looseObject({
    kty: z.string(),
    crv: z.string().optional(),
    x: z.string().optional(),
    y: z.string().optional(),
  })
  .openapi("PublicJwk", { description: "A public JSON Web Key (RFC 7517)." });

export const ManufacturerSchema = z
  .object({
    id: z.string().openapi({ example: "mfr_01jh3v5z2ef8r9t7g6q4n2m1k0" }),
    name: z.string(),
    encryptionJwk: PublicJwkSchema,
    verificationJwk: PublicJwkSchema,
    createdAt: Instant,
  })
  .openapi("Manufacturer");
export type ManufacturerView = z.infer<typeof ManufacturerSchema>;
