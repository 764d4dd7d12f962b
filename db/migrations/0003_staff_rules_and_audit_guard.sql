-- Segregation of duties, in the database: whoever inserts roles (service, script or psql) cannot
-- give one person custody of cards and of money in the same unit, or a sysadmin any other role.
CREATE FUNCTION staff_roles_enforce_segregation() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  conflict text;
BEGIN
  -- Serialise role changes per user so two concurrent grants cannot both pass the check.
  PERFORM 1 FROM staff_users WHERE id = NEW.user_id FOR UPDATE;
  SELECT r.role INTO conflict FROM staff_roles r
   WHERE r.user_id = NEW.user_id AND r.role <> NEW.role
     -- On UPDATE the row being changed is not a conflict with its own new value.
     AND NOT (TG_OP = 'UPDATE' AND r.user_id = OLD.user_id AND r.role = OLD.role AND r.unit_id = OLD.unit_id)
     AND (
       (NEW.role = 'card_admin' AND r.role = 'fund_admin' AND r.unit_id = NEW.unit_id)
       OR (NEW.role = 'fund_admin' AND r.role = 'card_admin' AND r.unit_id = NEW.unit_id)
       OR NEW.role = 'sysadmin'
       OR r.role = 'sysadmin'
     )
   LIMIT 1;
  IF conflict IS NOT NULL THEN
    RAISE EXCEPTION 'segregation of duties: user % cannot hold % together with %', NEW.user_id, NEW.role, conflict
      USING ERRCODE = '23514';
  END IF;
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER staff_roles_segregation
  BEFORE INSERT OR UPDATE ON staff_roles
  FOR EACH ROW EXECUTE FUNCTION staff_roles_enforce_segregation();
--> statement-breakpoint
-- The audit trail is insert-only for everyone, owner included; a DBA who disables these
-- triggers to rewrite history is caught by the hash chain.
CREATE FUNCTION audit_reject_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'the audit log is append-only: % on % is not allowed', TG_OP, TG_TABLE_NAME
    USING ERRCODE = '42501';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER audit_events_append_only BEFORE UPDATE OR DELETE ON audit_events
  FOR EACH ROW EXECUTE FUNCTION audit_reject_change();
--> statement-breakpoint
CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events
  FOR EACH STATEMENT EXECUTE FUNCTION audit_reject_change();
--> statement-breakpoint
CREATE TRIGGER audit_chain_append_only BEFORE UPDATE OR DELETE ON audit_chain
  FOR EACH ROW EXECUTE FUNCTION audit_reject_change();
--> statement-breakpoint
CREATE TRIGGER audit_chain_no_truncate BEFORE TRUNCATE ON audit_chain
  FOR EACH STATEMENT EXECUTE FUNCTION audit_reject_change();
--> statement-breakpoint
-- The role the application should log in as in production (see README): it may read and append
-- to the audit trail and the ledger, never change or remove a row of them.
-- Roles are shared by every database of a server, so another database may create it first.
DO $$
BEGIN
  CREATE ROLE powercard_app NOLOGIN;
EXCEPTION
  WHEN duplicate_object OR unique_violation THEN NULL;
END
$$;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO powercard_app;
--> statement-breakpoint
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO powercard_app;
--> statement-breakpoint
REVOKE UPDATE, DELETE, TRUNCATE ON audit_events, audit_chain, ledger_transactions, ledger_entries FROM powercard_app;
--> statement-breakpoint
-- Tables added by later migrations are usable by the application role too; an append-only one
-- must REVOKE UPDATE, DELETE like above.
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO powercard_app;
--> statement-breakpoint
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO powercard_app;
