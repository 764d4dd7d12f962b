ALTER TABLE "channel_clients" ALTER COLUMN "allowed_operations" SET DEFAULT '{}'::text[];--> statement-breakpoint
ALTER TABLE "cards" ADD COLUMN "self_service_failed_pin_attempts" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "accounts" ADD COLUMN "failure_window_start" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "accounts" ADD COLUMN "self_service_failures" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "accounts" ADD COLUMN "partner_failures" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "cards" ADD CONSTRAINT "cards_self_service_failed_attempts_range" CHECK ("cards"."self_service_failed_pin_attempts" >= 0);--> statement-breakpoint
ALTER TABLE "accounts" ADD CONSTRAINT "accounts_failures_non_negative" CHECK ("accounts"."self_service_failures" >= 0 AND "accounts"."partner_failures" >= 0);