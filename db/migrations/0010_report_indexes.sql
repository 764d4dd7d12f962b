CREATE INDEX "daily_figures_item_day_idx" ON "daily_figures" USING btree ("item","business_date");--> statement-breakpoint
CREATE INDEX "remittances_confirmed_at_idx" ON "remittances" USING btree ("decided_at") WHERE "remittances"."state" = 'confirmed';--> statement-breakpoint
-- The remittance variance sums each outlet's history before its range from these indexes alone
-- (index-only scans), so they carry the amount. Same names as in the schema; drizzle cannot say INCLUDE.
DROP INDEX "card_sales_outlet_day_idx";--> statement-breakpoint
CREATE INDEX "card_sales_outlet_day_idx" ON "card_sales" USING btree ("outlet_unit_id","business_date") INCLUDE ("amount_fen");--> statement-breakpoint
CREATE INDEX "remittances_confirmed_outlet_day_idx" ON "remittances" USING btree ("outlet_unit_id","business_date") INCLUDE ("amount_fen") WHERE "state" = 'confirmed';
