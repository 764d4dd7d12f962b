CREATE TABLE "settlement_lines" (
	"run_id" text NOT NULL,
	"unit_id" text NOT NULL,
	"recharges_fen" bigint NOT NULL,
	"topups_fen" bigint NOT NULL,
	"returned_before_fen" bigint NOT NULL,
	"due_fen" bigint NOT NULL,
	"returned_fen" bigint DEFAULT 0 NOT NULL,
	"ledger_transaction_id" text,
	CONSTRAINT "settlement_lines_run_id_unit_id_pk" PRIMARY KEY("run_id","unit_id"),
	CONSTRAINT "settlement_lines_amounts" CHECK ("settlement_lines"."due_fen" >= 0 AND "settlement_lines"."returned_fen" >= 0 AND "settlement_lines"."returned_fen" <= "settlement_lines"."due_fen"),
	CONSTRAINT "settlement_lines_booked" CHECK (("settlement_lines"."returned_fen" > 0) = ("settlement_lines"."ledger_transaction_id" IS NOT NULL))
);
--> statement-breakpoint
CREATE TABLE "settlement_runs" (
	"id" text PRIMARY KEY NOT NULL,
	"period" text NOT NULL,
	"state" text NOT NULL,
	"unit_id" text NOT NULL,
	"approval_id" text NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"decided_at" timestamp with time zone,
	"due_fen" bigint NOT NULL,
	"unified_balance_fen" bigint NOT NULL,
	"shortfall_fen" bigint NOT NULL,
	"returned_fen" bigint DEFAULT 0 NOT NULL,
	CONSTRAINT "settlement_runs_state_check" CHECK ("settlement_runs"."state" IN ('pending_approval','approved','rejected')),
	CONSTRAINT "settlement_runs_period_format" CHECK ("settlement_runs"."period" ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
	CONSTRAINT "settlement_runs_amounts" CHECK ("settlement_runs"."due_fen" >= 0 AND "settlement_runs"."shortfall_fen" >= 0 AND "settlement_runs"."returned_fen" >= 0 AND "settlement_runs"."returned_fen" <= "settlement_runs"."due_fen"),
	CONSTRAINT "settlement_runs_decided" CHECK (("settlement_runs"."state" = 'pending_approval') = ("settlement_runs"."decided_at" IS NULL))
);
--> statement-breakpoint
ALTER TABLE "settlement_lines" ADD CONSTRAINT "settlement_lines_run_id_settlement_runs_id_fk" FOREIGN KEY ("run_id") REFERENCES "public"."settlement_runs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "settlement_lines" ADD CONSTRAINT "settlement_lines_unit_id_org_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "settlement_runs" ADD CONSTRAINT "settlement_runs_unit_id_org_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "settlement_runs" ADD CONSTRAINT "settlement_runs_created_by_staff_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."staff_users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "settlement_lines_unit_idx" ON "settlement_lines" USING btree ("unit_id");--> statement-breakpoint
CREATE UNIQUE INDEX "settlement_runs_period_idx" ON "settlement_runs" USING btree ("period") WHERE "settlement_runs"."state" <> 'rejected';--> statement-breakpoint
CREATE UNIQUE INDEX "settlement_runs_one_pending_idx" ON "settlement_runs" USING btree ("state") WHERE "settlement_runs"."state" = 'pending_approval';