-- Corrections: reversal cases (冲正/退回) for a recharge or top-up credited to the wrong 户号, and
-- refund cases (销户退费) for closed accounts. A partial unique index lets one credit (one customer)
-- have at most one case that is not rejected, so two cases opened at once cannot both stand.
CREATE TABLE "refund_cases" (
	"customer_no" text NOT NULL,
	"id" text NOT NULL,
	"amount_fen" bigint NOT NULL,
	"payout_method" text NOT NULL,
	"bank_account_masked" text,
	"payout_reference" text NOT NULL,
	"reason" text NOT NULL,
	"unit_id" text NOT NULL,
	"approval_id" text NOT NULL,
	"state" text DEFAULT 'pending' NOT NULL,
	"opened_by" text NOT NULL,
	"decided_by" text,
	"decided_at" timestamp with time zone,
	"ledger_transaction_id" text,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "refund_cases_customer_no_id_pk" PRIMARY KEY("customer_no","id"),
	CONSTRAINT "refund_cases_amount_positive" CHECK ("refund_cases"."amount_fen" > 0),
	CONSTRAINT "refund_cases_state_valid" CHECK ("refund_cases"."state" IN ('pending', 'executed', 'rejected')),
	CONSTRAINT "refund_cases_payout_method_valid" CHECK ("refund_cases"."payout_method" IN ('bank_transfer', 'cash')),
	CONSTRAINT "refund_cases_bank_account_for_transfer" CHECK (("refund_cases"."payout_method" = 'bank_transfer') = ("refund_cases"."bank_account_masked" IS NOT NULL)),
	CONSTRAINT "refund_cases_executed_booked" CHECK (("refund_cases"."state" = 'executed') = ("refund_cases"."ledger_transaction_id" IS NOT NULL)),
	CONSTRAINT "refund_cases_maker_not_checker" CHECK ("refund_cases"."decided_by" IS NULL OR "refund_cases"."decided_by" <> "refund_cases"."opened_by")
);
--> statement-breakpoint
CREATE TABLE "reversal_cases" (
	"id" text PRIMARY KEY NOT NULL,
	"source" text NOT NULL,
	"credit_id" text NOT NULL,
	"card_no" text,
	"credit_client_id" text NOT NULL,
	"from_customer_no" text NOT NULL,
	"destination" text NOT NULL,
	"to_customer_no" text,
	"amount_fen" bigint NOT NULL,
	"reason" text NOT NULL,
	"evidence" text NOT NULL,
	"unit_id" text NOT NULL,
	"approval_id" text NOT NULL,
	"state" text DEFAULT 'pending' NOT NULL,
	"opened_by" text NOT NULL,
	"decided_by" text,
	"decided_at" timestamp with time zone,
	"out_transaction_id" text,
	"in_transaction_id" text,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "reversal_cases_amount_positive" CHECK ("reversal_cases"."amount_fen" > 0),
	CONSTRAINT "reversal_cases_state_valid" CHECK ("reversal_cases"."state" IN ('pending', 'executed', 'rejected')),
	CONSTRAINT "reversal_cases_source_valid" CHECK ("reversal_cases"."source" IN ('recharge', 'topup')),
	CONSTRAINT "reversal_cases_destination_named" CHECK (("reversal_cases"."destination" = 'customer' AND "reversal_cases"."to_customer_no" IS NOT NULL AND "reversal_cases"."to_customer_no" <> "reversal_cases"."from_customer_no")
          OR ("reversal_cases"."destination" = 'source' AND "reversal_cases"."to_customer_no" IS NULL)),
	CONSTRAINT "reversal_cases_executed_booked" CHECK (("reversal_cases"."state" = 'executed') = ("reversal_cases"."out_transaction_id" IS NOT NULL)),
	CONSTRAINT "reversal_cases_maker_not_checker" CHECK ("reversal_cases"."decided_by" IS NULL OR "reversal_cases"."decided_by" <> "reversal_cases"."opened_by")
);
--> statement-breakpoint
ALTER TABLE "refund_cases" ADD CONSTRAINT "refund_cases_unit_id_org_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "refund_cases" ADD CONSTRAINT "refund_cases_opened_by_staff_users_id_fk" FOREIGN KEY ("opened_by") REFERENCES "public"."staff_users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "refund_cases" ADD CONSTRAINT "refund_cases_decided_by_staff_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."staff_users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reversal_cases" ADD CONSTRAINT "reversal_cases_unit_id_org_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reversal_cases" ADD CONSTRAINT "reversal_cases_opened_by_staff_users_id_fk" FOREIGN KEY ("opened_by") REFERENCES "public"."staff_users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reversal_cases" ADD CONSTRAINT "reversal_cases_decided_by_staff_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."staff_users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "refund_cases_id_idx" ON "refund_cases" USING btree ("id");--> statement-breakpoint
CREATE UNIQUE INDEX "refund_cases_one_per_customer" ON "refund_cases" USING btree ("customer_no") WHERE "refund_cases"."state" <> 'rejected';--> statement-breakpoint
CREATE INDEX "refund_cases_unit_idx" ON "refund_cases" USING btree ("unit_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "reversal_cases_one_per_credit" ON "reversal_cases" USING btree ("credit_id") WHERE "reversal_cases"."state" <> 'rejected';--> statement-breakpoint
CREATE INDEX "reversal_cases_unit_idx" ON "reversal_cases" USING btree ("unit_id","created_at");