CREATE TABLE "client_keys" (
	"client_id" text NOT NULL,
	"kid" text NOT NULL,
	"alg" text NOT NULL,
	"public_jwk" jsonb NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "client_keys_client_id_kid_pk" PRIMARY KEY("client_id","kid"),
	CONSTRAINT "client_keys_alg_check" CHECK ("client_keys"."alg" IN ('ES256','EdDSA'))
);
--> statement-breakpoint
CREATE TABLE "rate_limit_counters" (
	"key" text NOT NULL,
	"window_start" timestamp with time zone NOT NULL,
	"count" integer DEFAULT 0 NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	CONSTRAINT "rate_limit_counters_key_window_start_pk" PRIMARY KEY("key","window_start")
);
--> statement-breakpoint
CREATE TABLE "used_assertion_ids" (
	"client_id" text NOT NULL,
	"jti" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	CONSTRAINT "used_assertion_ids_client_id_jti_pk" PRIMARY KEY("client_id","jti")
);
--> statement-breakpoint
CREATE TABLE "topups" (
	"customer_no" text NOT NULL,
	"id" text NOT NULL,
	"client_id" text NOT NULL,
	"amount_fen" bigint NOT NULL,
	"balance_after_fen" bigint NOT NULL,
	"partner_reference" text NOT NULL,
	"idempotency_key" text NOT NULL,
	"ledger_transaction_id" text NOT NULL,
	"business_date" date NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "topups_customer_no_id_pk" PRIMARY KEY("customer_no","id"),
	CONSTRAINT "topups_amount_positive" CHECK ("topups"."amount_fen" > 0)
);
--> statement-breakpoint
CREATE TABLE "webhook_attempts" (
	"event_id" text NOT NULL,
	"attempt" integer NOT NULL,
	"attempted_at" timestamp with time zone NOT NULL,
	"url" text NOT NULL,
	"status_code" integer,
	"error" text,
	"duration_ms" integer NOT NULL,
	CONSTRAINT "webhook_attempts_event_id_attempt_pk" PRIMARY KEY("event_id","attempt")
);
--> statement-breakpoint
CREATE TABLE "webhook_events" (
	"id" text PRIMARY KEY NOT NULL,
	"client_id" text NOT NULL,
	"type" text NOT NULL,
	"payload" jsonb NOT NULL,
	"state" text DEFAULT 'pending' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp with time zone NOT NULL,
	"delivered_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "webhook_events_state_check" CHECK ("webhook_events"."state" IN ('pending','delivered','failed'))
);
--> statement-breakpoint
ALTER TABLE "channel_clients" ADD COLUMN "partner_type" text;--> statement-breakpoint
ALTER TABLE "channel_clients" ADD COLUMN "allowed_operations" text[] DEFAULT ARRAY['cards:verify','recharges:write','recharges:read','accounts:read']::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "channel_clients" ADD COLUMN "rate_limit_per_minute" integer DEFAULT 600 NOT NULL;--> statement-breakpoint
ALTER TABLE "channel_clients" ADD COLUMN "webhook_url" text;--> statement-breakpoint
ALTER TABLE "client_keys" ADD CONSTRAINT "client_keys_client_id_channel_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."channel_clients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "webhook_attempts" ADD CONSTRAINT "webhook_attempts_event_id_webhook_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."webhook_events"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "rate_limit_counters_expires_idx" ON "rate_limit_counters" USING btree ("expires_at");--> statement-breakpoint
CREATE INDEX "used_assertion_ids_expires_idx" ON "used_assertion_ids" USING btree ("expires_at");--> statement-breakpoint
CREATE INDEX "topups_id_idx" ON "topups" USING btree ("id");--> statement-breakpoint
CREATE INDEX "topups_client_day_idx" ON "topups" USING btree ("client_id","business_date");--> statement-breakpoint
CREATE INDEX "webhook_events_due_idx" ON "webhook_events" USING btree ("state","next_attempt_at");