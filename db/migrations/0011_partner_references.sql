CREATE TABLE "partner_references" (
	"client_id" text NOT NULL,
	"partner_reference" text NOT NULL,
	"topup_id" text NOT NULL,
	"customer_no" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "partner_references_client_id_partner_reference_pk" PRIMARY KEY("client_id","partner_reference")
);
--> statement-breakpoint
-- References already booked keep their first top-up (the earliest; ties by id), so a reference
-- used before this migration is refused from now on too. Duplicates booked before stay booked.
INSERT INTO "partner_references" ("client_id", "partner_reference", "topup_id", "customer_no", "created_at")
SELECT DISTINCT ON ("client_id", "partner_reference") "client_id", "partner_reference", "id", "customer_no", "created_at"
  FROM "topups"
 ORDER BY "client_id", "partner_reference", "created_at", "id";
--> statement-breakpoint
-- The delivery log shows partners coarse outcomes only (services/webhooks/delivery-outcome.ts):
-- raw socket errors told a closed port from an open one. Attempts logged before say the same now.
UPDATE "webhook_attempts" SET "error" = CASE
    WHEN "status_code" IS NOT NULL THEN 'http_' || "status_code"
    WHEN "error" LIKE 'timed out%' THEN 'timeout'
    WHEN "error" LIKE 'no webhook URL%' THEN 'no_url'
    WHEN "error" LIKE 'webhook URL refused%' THEN 'url_refused'
    WHEN "error" LIKE 'webhook address refused%' THEN 'address_refused'
    ELSE 'connection_failed' END
 WHERE "error" IS NOT NULL;
