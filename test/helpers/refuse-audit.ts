import type { Db } from "@powercard/db";

/**
 * For proving that a change and its audit event commit together: a test-only trigger refuses
 * audit events of the actions listed while `withAuditRefused` runs. Install in beforeAll,
 * uninstall in afterAll. Takes a getter because test files open their database in beforeAll.
 */
export function auditRefusal(database: () => Db) {
  const db = { query: (text: string, params?: unknown[]) => database().query(text, params) };
  return {
    async install() {
      await db.query("CREATE TABLE test_refused_audit_actions (action text PRIMARY KEY)");
      await db.query(`
        CREATE FUNCTION test_refuse_audit() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          IF EXISTS (SELECT 1 FROM test_refused_audit_actions WHERE action = NEW.action) THEN
            RAISE EXCEPTION 'test: audit event % refused', NEW.action;
          END IF;
          RETURN NEW;
        END $$`);
      await db.query(
        "CREATE TRIGGER test_refuse_audit BEFORE INSERT ON audit_events FOR EACH ROW EXECUTE FUNCTION test_refuse_audit()",
      );
    },
    async uninstall() {
      await db.query("DROP TRIGGER test_refuse_audit ON audit_events");
      await db.query("DROP FUNCTION test_refuse_audit()");
      await db.query("DROP TABLE test_refused_audit_actions");
    },
    async withAuditRefused<T>(action: string, run: () => Promise<T>): Promise<T> {
      await db.query("INSERT INTO test_refused_audit_actions VALUES ($1)", [action]);
      try {
        return await run();
      } finally {
        await db.query("DELETE FROM test_refused_audit_actions WHERE action = $1", [action]);
      }
    },
  };
}
