-- A unit works (active) or is disabled (停用): a disabled unit receives no card transfers or
-- shipments and sells no cards. disabled_at is set exactly when disabled (checked here).
ALTER TABLE "org_units" ADD COLUMN "status" text DEFAULT 'active' NOT NULL;--> statement-breakpoint
ALTER TABLE "org_units" ADD COLUMN "disabled_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "org_units" ADD CONSTRAINT "org_units_status_valid" CHECK ("org_units"."status" IN ('active', 'disabled'));--> statement-breakpoint
ALTER TABLE "org_units" ADD CONSTRAINT "org_units_disabled_at_matches" CHECK (("org_units"."status" = 'disabled') = ("org_units"."disabled_at" IS NOT NULL));