-- Triggers never branch on TG_TABLE_NAME: under Citus a trigger fires on a shard, whose name is
-- the table's with a shard number after it. A trigger function either serves one table or is
-- told its table as an argument (TG_ARGV[0]). Messages and SQLSTATEs stay those of 0001, 0003
-- and 0006; the trigger names stay too.

-- The balance rule once, and one trigger function per table for where the transaction id is.
CREATE FUNCTION ledger_assert_balanced(k text, t text) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
  total numeric;
  legs integer;
BEGIN
  SELECT COALESCE(SUM(amount_fen), 0), COUNT(*) INTO total, legs
    FROM ledger_entries WHERE book_key = k AND transaction_id = t;
  IF legs < 2 OR total <> 0 THEN
    RAISE EXCEPTION 'ledger transaction %/% is unbalanced: % legs summing to % fen', k, t, legs, total
      USING ERRCODE = '23514';
  END IF;
END;
$$;
--> statement-breakpoint
CREATE FUNCTION ledger_entries_check_balanced() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM ledger_assert_balanced(NEW.book_key, NEW.transaction_id);
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE FUNCTION ledger_transactions_check_balanced() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM ledger_assert_balanced(NEW.book_key, NEW.id);
  RETURN NULL;
END;
$$;
--> statement-breakpoint
-- Constraint triggers cannot be replaced in place: dropped and created again, still deferred.
DROP TRIGGER ledger_entries_balanced ON ledger_entries;
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER ledger_entries_balanced
  AFTER INSERT ON ledger_entries
  DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION ledger_entries_check_balanced();
--> statement-breakpoint
DROP TRIGGER ledger_transactions_balanced ON ledger_transactions;
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER ledger_transactions_balanced
  AFTER INSERT ON ledger_transactions
  DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION ledger_transactions_check_balanced();
--> statement-breakpoint
DROP FUNCTION ledger_check_transaction_balanced();
--> statement-breakpoint
-- Append-only ledger and audit trail: the refusal names the table it was given.
CREATE OR REPLACE FUNCTION ledger_reject_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'the ledger is append-only: % on % is not allowed; post a compensating transaction',
    TG_OP, TG_ARGV[0] USING ERRCODE = '42501';
END;
$$;
--> statement-breakpoint
CREATE OR REPLACE TRIGGER ledger_transactions_append_only
  BEFORE UPDATE OR DELETE ON ledger_transactions
  FOR EACH ROW EXECUTE FUNCTION ledger_reject_change('ledger_transactions');
--> statement-breakpoint
CREATE OR REPLACE TRIGGER ledger_entries_append_only
  BEFORE UPDATE OR DELETE ON ledger_entries
  FOR EACH ROW EXECUTE FUNCTION ledger_reject_change('ledger_entries');
--> statement-breakpoint
CREATE OR REPLACE TRIGGER ledger_transactions_no_truncate
  BEFORE TRUNCATE ON ledger_transactions
  FOR EACH STATEMENT EXECUTE FUNCTION ledger_reject_change('ledger_transactions');
--> statement-breakpoint
CREATE OR REPLACE TRIGGER ledger_entries_no_truncate
  BEFORE TRUNCATE ON ledger_entries
  FOR EACH STATEMENT EXECUTE FUNCTION ledger_reject_change('ledger_entries');
--> statement-breakpoint
CREATE OR REPLACE FUNCTION audit_reject_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'the audit log is append-only: % on % is not allowed', TG_OP, TG_ARGV[0]
    USING ERRCODE = '42501';
END;
$$;
--> statement-breakpoint
CREATE OR REPLACE TRIGGER audit_events_append_only BEFORE UPDATE OR DELETE ON audit_events
  FOR EACH ROW EXECUTE FUNCTION audit_reject_change('audit_events');
--> statement-breakpoint
CREATE OR REPLACE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events
  FOR EACH STATEMENT EXECUTE FUNCTION audit_reject_change('audit_events');
--> statement-breakpoint
CREATE OR REPLACE TRIGGER audit_chain_append_only BEFORE UPDATE OR DELETE ON audit_chain
  FOR EACH ROW EXECUTE FUNCTION audit_reject_change('audit_chain');
--> statement-breakpoint
CREATE OR REPLACE TRIGGER audit_chain_no_truncate BEFORE TRUNCATE ON audit_chain
  FOR EACH STATEMENT EXECUTE FUNCTION audit_reject_change('audit_chain');
--> statement-breakpoint
-- A unit or batch that cards name cannot be deleted: one function per table, each with its column.
CREATE FUNCTION org_units_refuse_delete_with_cards() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM cards WHERE owner_unit_id = OLD.id) THEN
    RAISE EXCEPTION 'org_units % still has cards', OLD.id USING ERRCODE = 'foreign_key_violation';
  END IF;
  RETURN OLD;
END $$;
--> statement-breakpoint
CREATE FUNCTION card_batches_refuse_delete_with_cards() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM cards WHERE batch_id = OLD.id) THEN
    RAISE EXCEPTION 'card_batches % still has cards', OLD.id USING ERRCODE = 'foreign_key_violation';
  END IF;
  RETURN OLD;
END $$;
--> statement-breakpoint
CREATE OR REPLACE TRIGGER org_units_keep_card_owners BEFORE DELETE ON org_units
  FOR EACH ROW EXECUTE FUNCTION org_units_refuse_delete_with_cards();
--> statement-breakpoint
CREATE OR REPLACE TRIGGER card_batches_keep_cards BEFORE DELETE ON card_batches
  FOR EACH ROW EXECUTE FUNCTION card_batches_refuse_delete_with_cards();
--> statement-breakpoint
DROP FUNCTION refuse_delete_while_cards_refer();
