-- Corrections in the figures and refund payouts: executed reversals and refunds become daily
-- figures (reversal_out / reversal_in / refund) that the settlement, the clearing and the reports
-- read; a reversal records the right customer's unit at execution; settlement lines carry the
-- corrections; a refund case records its payout (voucher, who, when, ledger transaction).
ALTER TABLE "daily_figures" DROP CONSTRAINT "daily_figures_item_check";--> statement-breakpoint
ALTER TABLE "refund_cases" ADD COLUMN "payout_voucher" text;--> statement-breakpoint
ALTER TABLE "refund_cases" ADD COLUMN "paid_out_by" text;--> statement-breakpoint
ALTER TABLE "refund_cases" ADD COLUMN "paid_out_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "refund_cases" ADD COLUMN "payout_transaction_id" text;--> statement-breakpoint
ALTER TABLE "reversal_cases" ADD COLUMN "to_unit_id" text;--> statement-breakpoint
ALTER TABLE "settlement_lines" ADD COLUMN "corrections_fen" bigint DEFAULT 0 NOT NULL;--> statement-breakpoint
-- Cases executed before this migration: the right customer's unit now is the best record left.
UPDATE "reversal_cases" c SET "to_unit_id" = cu."accounting_unit_id"
  FROM "customers" cu
 WHERE cu."customer_no" = c."to_customer_no" AND c."state" = 'executed' AND c."destination" = 'customer';--> statement-breakpoint
ALTER TABLE "refund_cases" ADD CONSTRAINT "refund_cases_paid_out_by_staff_users_id_fk" FOREIGN KEY ("paid_out_by") REFERENCES "public"."staff_users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reversal_cases" ADD CONSTRAINT "reversal_cases_to_unit_id_org_units_id_fk" FOREIGN KEY ("to_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "refund_cases" ADD CONSTRAINT "refund_cases_paid_out_whole" CHECK (("refund_cases"."paid_out_at" IS NULL) = ("refund_cases"."payout_transaction_id" IS NULL)
          AND ("refund_cases"."paid_out_at" IS NULL) = ("refund_cases"."paid_out_by" IS NULL)
          AND ("refund_cases"."paid_out_at" IS NULL) = ("refund_cases"."payout_voucher" IS NULL));--> statement-breakpoint
ALTER TABLE "refund_cases" ADD CONSTRAINT "refund_cases_paid_out_executed" CHECK ("refund_cases"."paid_out_at" IS NULL OR "refund_cases"."state" = 'executed');--> statement-breakpoint
ALTER TABLE "refund_cases" ADD CONSTRAINT "refund_cases_payout_not_maker" CHECK ("refund_cases"."paid_out_by" IS NULL OR "refund_cases"."paid_out_by" <> "refund_cases"."opened_by");--> statement-breakpoint
ALTER TABLE "reversal_cases" ADD CONSTRAINT "reversal_cases_to_unit_when_executed" CHECK ("reversal_cases"."to_unit_id" IS NULL OR ("reversal_cases"."state" = 'executed' AND "reversal_cases"."destination" = 'customer'));--> statement-breakpoint
ALTER TABLE "daily_figures" ADD CONSTRAINT "daily_figures_item_check" CHECK ("daily_figures"."item" IN ('card_sale','remittance','recharge','topup','bill_payment','reversal_out','reversal_in','refund'));--> statement-breakpoint
-- Days already rolled up from the first executed correction on lack its figures: forget them and
-- move the watermark back, so the rollup job rolls them again (readers read them live meanwhile).
WITH first_correction AS (
  SELECT (min(decided_at) AT TIME ZONE 'Asia/Shanghai')::date AS day FROM (
    SELECT decided_at FROM "reversal_cases" WHERE "state" = 'executed'
    UNION ALL SELECT decided_at FROM "refund_cases" WHERE "state" = 'executed') c
), forgotten AS (
  DELETE FROM "daily_figures" WHERE "business_date" >= (SELECT day FROM first_correction) RETURNING 1
)
UPDATE "figure_rollups" SET "rolled_through" = (SELECT day FROM first_correction) - 1
 WHERE "rolled_through" IS NOT NULL AND "rolled_through" >= (SELECT day FROM first_correction);
