-- Customer master data from the marketing system (营销系统): the address, the source's version of
-- each customer (an import applies only a newer one), the accounting-unit history with effective
-- dates, and the accounting unit in force recorded on every recharge, top-up and bill payment so
-- that settlement and reports never re-attribute the past when a customer moves.
-- Existing rows take the customer's current unit (the best knowledge there is); on a large
-- database the three backfills are one pass over each table, done before the NOT NULLs.
CREATE TABLE "customer_unit_history" (
	"customer_no" text NOT NULL,
	"effective_from" timestamp with time zone NOT NULL,
	"effective_to" timestamp with time zone,
	"accounting_unit_id" text NOT NULL,
	CONSTRAINT "customer_unit_history_customer_no_effective_from_pk" PRIMARY KEY("customer_no","effective_from"),
	CONSTRAINT "customer_unit_history_period" CHECK ("customer_unit_history"."effective_to" IS NULL OR "customer_unit_history"."effective_to" > "customer_unit_history"."effective_from"),
	-- One open period per customer, checked at commit: an import closes one and opens the next in one statement.
	CONSTRAINT "customer_unit_history_one_open" EXCLUDE USING btree ("customer_no" WITH =) WHERE ("effective_to" IS NULL) DEFERRABLE INITIALLY DEFERRED
);
--> statement-breakpoint
ALTER TABLE "customers" ADD COLUMN "address" text;--> statement-breakpoint
ALTER TABLE "customers" ADD COLUMN "source_version" bigint;--> statement-breakpoint
ALTER TABLE "bill_payments" ADD COLUMN "accounting_unit_id" text;--> statement-breakpoint
ALTER TABLE "topups" ADD COLUMN "accounting_unit_id" text;--> statement-breakpoint
ALTER TABLE "recharges" ADD COLUMN "accounting_unit_id" text;--> statement-breakpoint
UPDATE "recharges" r SET "accounting_unit_id" = c."accounting_unit_id" FROM "customers" c WHERE c."customer_no" = r."customer_no";--> statement-breakpoint
UPDATE "topups" t SET "accounting_unit_id" = c."accounting_unit_id" FROM "customers" c WHERE c."customer_no" = t."customer_no";--> statement-breakpoint
UPDATE "bill_payments" p SET "accounting_unit_id" = c."accounting_unit_id" FROM "customers" c WHERE c."customer_no" = p."customer_no";--> statement-breakpoint
ALTER TABLE "recharges" ALTER COLUMN "accounting_unit_id" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "topups" ALTER COLUMN "accounting_unit_id" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "bill_payments" ALTER COLUMN "accounting_unit_id" SET NOT NULL;--> statement-breakpoint
-- Every existing customer has been in its current unit since it was created.
INSERT INTO "customer_unit_history" ("customer_no", "effective_from", "accounting_unit_id")
SELECT "customer_no", "created_at", "accounting_unit_id" FROM "customers";--> statement-breakpoint
ALTER TABLE "customer_unit_history" ADD CONSTRAINT "customer_unit_history_customer_no_customers_customer_no_fk" FOREIGN KEY ("customer_no") REFERENCES "public"."customers"("customer_no") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "customer_unit_history" ADD CONSTRAINT "customer_unit_history_accounting_unit_id_org_units_id_fk" FOREIGN KEY ("accounting_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;
