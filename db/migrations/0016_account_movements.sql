-- The feed of prepaid-account movements for the marketing system (GET /v1/movements).
-- A trigger queues every customer_prepaid leg in the writer's own transaction (no round trip is
-- added to the one-statement recharge); the movement sequencer job numbers committed queue rows
-- into account_movements under an advisory lock, so positions follow commit order (no outbox gap).
-- The feed is append-only like the ledger; the legs booked before this migration are queued in
-- the order they were booked, so the feed starts with the whole history.
CREATE TABLE "account_movements" (
	"position" bigint PRIMARY KEY NOT NULL,
	"book_key" text NOT NULL,
	"transaction_id" text NOT NULL,
	"leg" smallint NOT NULL,
	"kind" text NOT NULL,
	"customer_no" text NOT NULL,
	"amount_fen" bigint NOT NULL,
	"balance_after_fen" bigint NOT NULL,
	"accounting_unit_id" text,
	"channel" text,
	"reference" text,
	"business_date" date NOT NULL,
	"occurred_at" timestamp with time zone NOT NULL,
	"sequenced_at" timestamp with time zone NOT NULL,
	CONSTRAINT "account_movements_position_positive" CHECK ("account_movements"."position" > 0)
);
--> statement-breakpoint
CREATE TABLE "movement_queue" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "movement_queue_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"book_key" text NOT NULL,
	"transaction_id" text NOT NULL,
	"leg" smallint NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "account_movements_leg_idx" ON "account_movements" USING btree ("book_key","transaction_id","leg");--> statement-breakpoint
CREATE INDEX "account_movements_customer_idx" ON "account_movements" USING btree ("customer_no","position");--> statement-breakpoint
CREATE INDEX "account_movements_day_idx" ON "account_movements" USING btree ("business_date","position");
--> statement-breakpoint
CREATE FUNCTION movement_queue_leg() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO movement_queue (book_key, transaction_id, leg) VALUES (NEW.book_key, NEW.transaction_id, NEW.leg);
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER ledger_entries_queue_movement
  AFTER INSERT ON ledger_entries
  FOR EACH ROW WHEN (NEW.account = 'customer_prepaid')
  EXECUTE FUNCTION movement_queue_leg();
--> statement-breakpoint
CREATE FUNCTION account_movements_reject_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'the movement feed is append-only: % is not allowed; a correction is a new movement',
    TG_OP USING ERRCODE = '42501';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER account_movements_append_only
  BEFORE UPDATE OR DELETE ON account_movements
  FOR EACH ROW EXECUTE FUNCTION account_movements_reject_change();
--> statement-breakpoint
CREATE TRIGGER account_movements_no_truncate
  BEFORE TRUNCATE ON account_movements
  FOR EACH STATEMENT EXECUTE FUNCTION account_movements_reject_change();
--> statement-breakpoint
REVOKE UPDATE, DELETE, TRUNCATE ON account_movements FROM powercard_app;
--> statement-breakpoint
INSERT INTO movement_queue (book_key, transaction_id, leg)
SELECT book_key, transaction_id, leg FROM ledger_entries
 WHERE account = 'customer_prepaid'
 ORDER BY created_at, transaction_id, leg;
