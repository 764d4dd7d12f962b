CREATE TABLE "bill_payments" (
	"customer_no" text NOT NULL,
	"bill_id" text NOT NULL,
	"ledger_transaction_id" text NOT NULL,
	"amount_fen" bigint NOT NULL,
	"business_date" date NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "bill_payments_customer_no_bill_id_ledger_transaction_id_pk" PRIMARY KEY("customer_no","bill_id","ledger_transaction_id"),
	CONSTRAINT "bill_payments_amount_positive" CHECK ("bill_payments"."amount_fen" > 0)
);
--> statement-breakpoint
CREATE TABLE "bills" (
	"customer_no" text NOT NULL,
	"id" text NOT NULL,
	"source" text NOT NULL,
	"source_bill_id" text NOT NULL,
	"period" text NOT NULL,
	"amount_fen" bigint NOT NULL,
	"paid_fen" bigint DEFAULT 0 NOT NULL,
	"state" text NOT NULL,
	"accounting_unit_id" text NOT NULL,
	"imported_by" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "bills_customer_no_id_pk" PRIMARY KEY("customer_no","id"),
	CONSTRAINT "bills_amount_positive" CHECK ("bills"."amount_fen" > 0),
	CONSTRAINT "bills_period_format" CHECK ("bills"."period" ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
	CONSTRAINT "bills_paid_within_amount" CHECK ("bills"."paid_fen" >= 0 AND "bills"."paid_fen" <= "bills"."amount_fen"),
	CONSTRAINT "bills_state_matches_paid" CHECK ("bills"."state" = CASE WHEN "bills"."paid_fen" = 0 THEN 'open' WHEN "bills"."paid_fen" = "bills"."amount_fen" THEN 'paid' ELSE 'partly_paid' END)
);
--> statement-breakpoint
CREATE TABLE "remittances" (
	"id" text PRIMARY KEY NOT NULL,
	"outlet_unit_id" text NOT NULL,
	"business_date" date NOT NULL,
	"amount_fen" bigint NOT NULL,
	"bank_reference" text NOT NULL,
	"state" text NOT NULL,
	"declared_by" text NOT NULL,
	"declared_at" timestamp with time zone NOT NULL,
	"decided_by" text,
	"decided_at" timestamp with time zone,
	"reject_reason" text,
	"ledger_transaction_id" text,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "remittances_amount_positive" CHECK ("remittances"."amount_fen" > 0),
	CONSTRAINT "remittances_state_check" CHECK ("remittances"."state" IN ('declared','confirmed','rejected')),
	CONSTRAINT "remittances_checker_not_maker" CHECK ("remittances"."decided_by" IS NULL OR "remittances"."decided_by" <> "remittances"."declared_by"),
	CONSTRAINT "remittances_decision_complete" CHECK (("remittances"."state" = 'declared') = ("remittances"."decided_by" IS NULL AND "remittances"."decided_at" IS NULL)),
	CONSTRAINT "remittances_booked_iff_confirmed" CHECK (("remittances"."state" = 'confirmed') = ("remittances"."ledger_transaction_id" IS NOT NULL)),
	CONSTRAINT "remittances_rejection_has_reason" CHECK (("remittances"."state" = 'rejected') = ("remittances"."reject_reason" IS NOT NULL))
);
--> statement-breakpoint
ALTER TABLE "bill_payments" ADD CONSTRAINT "bill_payments_customer_no_bill_id_bills_customer_no_id_fk" FOREIGN KEY ("customer_no","bill_id") REFERENCES "public"."bills"("customer_no","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bills" ADD CONSTRAINT "bills_customer_no_customers_customer_no_fk" FOREIGN KEY ("customer_no") REFERENCES "public"."customers"("customer_no") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bills" ADD CONSTRAINT "bills_accounting_unit_id_org_units_id_fk" FOREIGN KEY ("accounting_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bills" ADD CONSTRAINT "bills_imported_by_staff_users_id_fk" FOREIGN KEY ("imported_by") REFERENCES "public"."staff_users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "remittances" ADD CONSTRAINT "remittances_outlet_unit_id_org_units_id_fk" FOREIGN KEY ("outlet_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "remittances" ADD CONSTRAINT "remittances_declared_by_staff_users_id_fk" FOREIGN KEY ("declared_by") REFERENCES "public"."staff_users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "remittances" ADD CONSTRAINT "remittances_decided_by_staff_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."staff_users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "bills_source_bill_idx" ON "bills" USING btree ("source","source_bill_id");--> statement-breakpoint
CREATE INDEX "bills_customer_open_idx" ON "bills" USING btree ("customer_no","period","created_at","id") WHERE "bills"."state" <> 'paid';--> statement-breakpoint
CREATE INDEX "remittances_outlet_day_idx" ON "remittances" USING btree ("outlet_unit_id","business_date");--> statement-breakpoint
CREATE INDEX "remittances_outlet_state_idx" ON "remittances" USING btree ("outlet_unit_id","state");--> statement-breakpoint
CREATE UNIQUE INDEX "remittances_outlet_bank_reference_idx" ON "remittances" USING btree ("outlet_unit_id","bank_reference") WHERE "remittances"."state" <> 'rejected';