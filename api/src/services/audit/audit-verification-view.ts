import { z } from "@hono/zod-openapi";

export const CHAIN_BREAKS = ["hash_mismatch", "event_missing", "prev_hash_mismatch", "position_gap"] as const;
export type ChainBreak = (typeof CHAIN_BREAKS)[number];

export const AuditVerificationSchema = z
  .object({
    ok: z.boolean(),
    // Links found intact before the first break (all of them when ok).
    checked: z.number().int(),
    firstBroken: z
      .object({
        position: z.number().int(),
        reason: z.enum(CHAIN_BREAKS),
        eventId: z.string().nullable(),
      })
      .nullable(),
    // Events not (yet) in the chain: waiting for the sealer, or dropped from it.
    unsealed: z.number().int().openapi({ description: "Events not yet sealed into the chain." }),
  })
  .openapi("AuditVerification");
export type AuditVerificationView = z.infer<typeof AuditVerificationSchema>;

/** What the auditor's screen shows: the verification, and the last link it vouches for. */
export const AuditChainReportSchema = AuditVerificationSchema.extend({
  lastIntact: z
    .object({ position: z.number().int(), eventId: z.string(), occurredAt: z.string() })
    .nullable()
    .openapi({
      description:
        "The last link found intact (the chain's end when ok, the link before the break otherwise) and " +
        "its event's time: the chain vouches for every event up to it. Null when no link holds.",
    }),
}).openapi("AuditChainReport");
export type AuditChainReportView = z.infer<typeof AuditChainReportSchema>;
