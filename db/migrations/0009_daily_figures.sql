CREATE TABLE "daily_figures" (
	"business_date" date NOT NULL,
	"item" text NOT NULL,
	"unit_id" text NOT NULL,
	"channel" text DEFAULT '' NOT NULL,
	"other_unit_id" text DEFAULT '' NOT NULL,
	"count" bigint NOT NULL,
	"amount_fen" bigint NOT NULL,
	CONSTRAINT "daily_figures_business_date_item_unit_id_channel_other_unit_id_pk" PRIMARY KEY("business_date","item","unit_id","channel","other_unit_id"),
	CONSTRAINT "daily_figures_item_check" CHECK ("daily_figures"."item" IN ('card_sale','remittance','recharge','topup','bill_payment'))
);
--> statement-breakpoint
CREATE TABLE "figure_rollups" (
	"singleton" boolean PRIMARY KEY DEFAULT true NOT NULL,
	"rolled_through" date,
	"updated_at" timestamp with time zone,
	CONSTRAINT "figure_rollups_one_row" CHECK ("figure_rollups"."singleton")
);
--> statement-breakpoint
ALTER TABLE "daily_figures" ADD CONSTRAINT "daily_figures_unit_id_org_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "card_sales_day_brin" ON "card_sales" USING brin ("business_date");--> statement-breakpoint
CREATE INDEX "bill_payments_day_brin" ON "bill_payments" USING brin ("business_date");--> statement-breakpoint
CREATE INDEX "topups_day_brin" ON "topups" USING brin ("business_date");--> statement-breakpoint
CREATE INDEX "recharges_day_brin" ON "recharges" USING brin ("business_date");--> statement-breakpoint
-- The rollup's one state row; null = nothing rolled up yet (every reader then goes live).
INSERT INTO "figure_rollups" ("singleton", "rolled_through") VALUES (true, NULL);
