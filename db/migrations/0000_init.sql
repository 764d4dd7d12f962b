CREATE TABLE "card_batches" (
	"id" text PRIMARY KEY NOT NULL,
	"face_value_fen" bigint NOT NULL,
	"quantity" integer NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "cards" (
	"card_no" text PRIMARY KEY NOT NULL,
	"batch_id" text NOT NULL,
	"face_value_fen" bigint NOT NULL,
	"state" text NOT NULL,
	"state_before_lock" text,
	"owner_unit_id" text NOT NULL,
	"pin_hmac" "bytea" NOT NULL,
	"pin_key_id" text NOT NULL,
	"failed_pin_attempts" integer DEFAULT 0 NOT NULL,
	"used_by_customer_no" text,
	"used_by_recharge_id" text,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"sold_at" timestamp with time zone,
	"used_at" timestamp with time zone,
	"locked_at" timestamp with time zone,
	CONSTRAINT "cards_state_check" CHECK ("cards"."state" IN ('in_stock','sold','used','locked')),
	CONSTRAINT "cards_face_value_positive" CHECK ("cards"."face_value_fen" > 0),
	CONSTRAINT "cards_card_no_format" CHECK ("cards"."card_no" ~ '^[0-9]{16}$'),
	CONSTRAINT "cards_used_has_customer" CHECK (("cards"."state" = 'used') = ("cards"."used_by_recharge_id" IS NOT NULL AND "cards"."used_by_customer_no" IS NOT NULL)),
	CONSTRAINT "cards_failed_attempts_range" CHECK ("cards"."failed_pin_attempts" >= 0)
);
--> statement-breakpoint
CREATE TABLE "channel_clients" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"channel" text NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"api_key_hash" text NOT NULL,
	"api_key_prefix" text NOT NULL,
	"unit_id" text,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "channel_clients_api_key_hash_unique" UNIQUE("api_key_hash"),
	CONSTRAINT "channel_clients_channel_check" CHECK ("channel_clients"."channel" IN ('counter','ivr','sms','web','partner')),
	CONSTRAINT "channel_clients_status_check" CHECK ("channel_clients"."status" IN ('active','suspended'))
);
--> statement-breakpoint
CREATE TABLE "accounts" (
	"customer_no" text PRIMARY KEY NOT NULL,
	"balance_fen" bigint DEFAULT 0 NOT NULL,
	"currency" text DEFAULT 'CNY' NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "accounts_balance_non_negative" CHECK ("accounts"."balance_fen" >= 0)
);
--> statement-breakpoint
CREATE TABLE "customers" (
	"customer_no" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"phone" text,
	"accounting_unit_id" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "idempotency_keys" (
	"client_id" text NOT NULL,
	"key" text NOT NULL,
	"operation" text NOT NULL,
	"request_hash" text NOT NULL,
	"request_id" text NOT NULL,
	"state" text NOT NULL,
	"outcome" text,
	"response_status" integer,
	"response_body" text,
	"resource_id" text,
	"created_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	CONSTRAINT "idempotency_keys_client_id_key_pk" PRIMARY KEY("client_id","key"),
	CONSTRAINT "idempotency_keys_state_check" CHECK ("idempotency_keys"."state" IN ('in_progress','completed'))
);
--> statement-breakpoint
CREATE TABLE "ledger_entries" (
	"book_key" text NOT NULL,
	"transaction_id" text NOT NULL,
	"leg" smallint NOT NULL,
	"account" text NOT NULL,
	"owner" text NOT NULL,
	"amount_fen" bigint NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "ledger_entries_book_key_transaction_id_leg_pk" PRIMARY KEY("book_key","transaction_id","leg"),
	CONSTRAINT "ledger_entries_amount_nonzero" CHECK ("ledger_entries"."amount_fen" <> 0)
);
--> statement-breakpoint
CREATE TABLE "ledger_transactions" (
	"book_key" text NOT NULL,
	"id" text NOT NULL,
	"kind" text NOT NULL,
	"business_date" date NOT NULL,
	"reference" text,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "ledger_transactions_book_key_id_pk" PRIMARY KEY("book_key","id")
);
--> statement-breakpoint
CREATE TABLE "org_units" (
	"id" text PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"parent_id" text,
	"path" text NOT NULL,
	"is_accounting_unit" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "org_units_code_unique" UNIQUE("code"),
	CONSTRAINT "org_units_kind_check" CHECK ("org_units"."kind" IN ('province','city','county','station','outlet')),
	CONSTRAINT "org_units_root_check" CHECK (("org_units"."parent_id" IS NULL) = ("org_units"."kind" = 'province'))
);
--> statement-breakpoint
CREATE TABLE "recharges" (
	"customer_no" text NOT NULL,
	"id" text NOT NULL,
	"card_no" text NOT NULL,
	"amount_fen" bigint NOT NULL,
	"balance_after_fen" bigint NOT NULL,
	"channel" text NOT NULL,
	"client_id" text NOT NULL,
	"idempotency_key" text NOT NULL,
	"ledger_transaction_id" text NOT NULL,
	"business_date" date NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "recharges_customer_no_id_pk" PRIMARY KEY("customer_no","id"),
	CONSTRAINT "recharges_amount_positive" CHECK ("recharges"."amount_fen" > 0)
);
--> statement-breakpoint
ALTER TABLE "cards" ADD CONSTRAINT "cards_batch_id_card_batches_id_fk" FOREIGN KEY ("batch_id") REFERENCES "public"."card_batches"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cards" ADD CONSTRAINT "cards_owner_unit_id_org_units_id_fk" FOREIGN KEY ("owner_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "channel_clients" ADD CONSTRAINT "channel_clients_unit_id_org_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "accounts" ADD CONSTRAINT "accounts_customer_no_customers_customer_no_fk" FOREIGN KEY ("customer_no") REFERENCES "public"."customers"("customer_no") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "customers" ADD CONSTRAINT "customers_accounting_unit_id_org_units_id_fk" FOREIGN KEY ("accounting_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_entries" ADD CONSTRAINT "ledger_entries_book_key_transaction_id_ledger_transactions_book_key_id_fk" FOREIGN KEY ("book_key","transaction_id") REFERENCES "public"."ledger_transactions"("book_key","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "cards_batch_idx" ON "cards" USING btree ("batch_id");--> statement-breakpoint
CREATE INDEX "cards_owner_state_idx" ON "cards" USING btree ("owner_unit_id","state");--> statement-breakpoint
CREATE INDEX "idempotency_keys_expires_idx" ON "idempotency_keys" USING btree ("expires_at");--> statement-breakpoint
CREATE INDEX "ledger_entries_account_owner_idx" ON "ledger_entries" USING btree ("account","owner","created_at","transaction_id");--> statement-breakpoint
CREATE INDEX "ledger_transactions_id_idx" ON "ledger_transactions" USING btree ("id");--> statement-breakpoint
CREATE INDEX "org_units_path_idx" ON "org_units" USING btree ("path");--> statement-breakpoint
CREATE INDEX "recharges_id_idx" ON "recharges" USING btree ("id");--> statement-breakpoint
CREATE INDEX "recharges_client_key_idx" ON "recharges" USING btree ("client_id","idempotency_key");