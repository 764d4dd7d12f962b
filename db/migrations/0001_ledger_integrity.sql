-- The ledger is append-only and every transaction balances. Both rules live in the database so
-- no code path (or person with psql and the app's role) can break them.

-- A transaction whose entries do not sum to zero, or that has fewer than two legs, is rejected
-- at commit. Deferred, so the legs of one transaction may be inserted in any order.
CREATE FUNCTION ledger_check_transaction_balanced() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  k text := NEW.book_key;
  t text;
  total numeric;
  legs integer;
BEGIN
  IF TG_TABLE_NAME = 'ledger_transactions' THEN
    t := NEW.id;
  ELSE
    t := NEW.transaction_id;
  END IF;
  SELECT COALESCE(SUM(amount_fen), 0), COUNT(*) INTO total, legs
    FROM ledger_entries WHERE book_key = k AND transaction_id = t;
  IF legs < 2 OR total <> 0 THEN
    RAISE EXCEPTION 'ledger transaction %/% is unbalanced: % legs summing to % fen', k, t, legs, total
      USING ERRCODE = '23514';
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER ledger_entries_balanced
  AFTER INSERT ON ledger_entries
  DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION ledger_check_transaction_balanced();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER ledger_transactions_balanced
  AFTER INSERT ON ledger_transactions
  DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION ledger_check_transaction_balanced();
--> statement-breakpoint
CREATE FUNCTION ledger_reject_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'the ledger is append-only: % on % is not allowed; post a compensating transaction',
    TG_OP, TG_TABLE_NAME USING ERRCODE = '42501';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER ledger_transactions_append_only
  BEFORE UPDATE OR DELETE ON ledger_transactions
  FOR EACH ROW EXECUTE FUNCTION ledger_reject_change();
--> statement-breakpoint
CREATE TRIGGER ledger_entries_append_only
  BEFORE UPDATE OR DELETE ON ledger_entries
  FOR EACH ROW EXECUTE FUNCTION ledger_reject_change();
--> statement-breakpoint
CREATE TRIGGER ledger_transactions_no_truncate
  BEFORE TRUNCATE ON ledger_transactions
  FOR EACH STATEMENT EXECUTE FUNCTION ledger_reject_change();
--> statement-breakpoint
CREATE TRIGGER ledger_entries_no_truncate
  BEFORE TRUNCATE ON ledger_entries
  FOR EACH STATEMENT EXECUTE FUNCTION ledger_reject_change();
