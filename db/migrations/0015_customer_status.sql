-- A customer account is open (normal) or closed (销户). Adding a column with a constant default
-- rewrites no rows, so this is instant on a province-sized customers table.
ALTER TABLE "customers" ADD COLUMN "status" text DEFAULT 'normal' NOT NULL;--> statement-breakpoint
ALTER TABLE "customers" ADD COLUMN "closed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "customers" ADD CONSTRAINT "customers_status_valid" CHECK ("customers"."status" IN ('normal', 'closed'));--> statement-breakpoint
ALTER TABLE "customers" ADD CONSTRAINT "customers_closed_at_matches" CHECK (("customers"."status" = 'closed') = ("customers"."closed_at" IS NOT NULL));