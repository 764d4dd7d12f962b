import { z } from "@hono/zod-openapi";
import { CARD_STATES } from "@powercard/db";
import { CardNoSchema } from "../../shared/business-keys.ts";
import { StaffRefSchema } from "../staff/staff-ref.ts";

const UnitRef = z.object({ id: z.string(), name: z.string() });
const at = z.string().openapi({ format: "date-time" });

/**
 * One card as staff see it (GET /v1/cards/{cardNo}). Deliberately without any PIN material: the
 * schema has no field for the PIN, its HMAC or its key id, and the service never selects them.
 */
export const CardHistoryEntrySchema = z
  .object({
    at,
    event: z
      .enum([
        "shipped",
        "received",
        "transfer_sent",
        "transfer_received",
        "sold",
        "frozen",
        "unfrozen",
        "scrapped",
        "destruction_requested",
        "destroyed",
        "unlock_requested",
        "used",
      ])
      .openapi({ description: "What happened to the card (alone or as part of a range)." }),
    fromUnit: UnitRef.nullable(),
    toUnit: UnitRef.nullable(),
    toUser: z.object({ id: z.string(), displayName: z.string() }).nullable(),
    byUserId: z.string().nullable().openapi({ description: "The staff member who did it." }),
    by: StaffRefSchema.nullable().openapi({ description: "`byUserId` by name (null for a manufacturer)." }),
    reason: z.string().nullable(),
    reference: z
      .string()
      .nullable()
      .openapi({ description: "The business record: shipment, transfer, sale, approval or recharge id." }),
  })
  .openapi("CardHistoryEntry");
export type CardHistoryEntry = z.infer<typeof CardHistoryEntrySchema>;

export const CardDetailSchema = z
  .object({
    cardNo: CardNoSchema,
    state: z.enum(CARD_STATES),
    stateBeforeFreeze: z.enum(CARD_STATES).nullable(),
    stateBeforeLock: z.enum(CARD_STATES).nullable(),
    faceValueFen: z.number().int().openapi({ example: 10000 }),
    batch: z.object({
      id: z.string(),
      sellBy: z.string().nullable().openapi({ format: "date", description: "Asia/Shanghai date." }),
    }),
    ownerUnit: UnitRef,
    holder: z
      .object({ id: z.string(), displayName: z.string() })
      .nullable()
      .openapi({ description: "The clerk holding the card, when a clerk received it." }),
    sale: z
      .object({
        id: z.string(),
        outletUnit: UnitRef,
        clerkId: z.string(),
        clerk: StaffRefSchema.nullable(),
        businessDate: z.string().openapi({ format: "date" }),
        soldAt: at,
      })
      .nullable(),
    recharge: z
      .object({
        id: z.string(),
        usedAt: at,
        customerNo: z
          .string()
          .openapi({ description: "The customer number credited, masked.", example: "33******01" }),
        channel: z.string(),
        amountFen: z.number().int(),
      })
      .nullable(),
    failedPinAttempts: z.number().int(),
    lockedAt: at.nullable(),
    updatedAt: at,
    history: z.array(CardHistoryEntrySchema).openapi({ description: "Oldest first." }),
  })
  .openapi("CardDetail");
export type CardDetailView = z.infer<typeof CardDetailSchema>;
