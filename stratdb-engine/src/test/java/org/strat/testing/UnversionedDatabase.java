package org.strat.testing;

import org.strat.migrate.Migrations;
import org.strat.migrate.session.MigrationContext;

/**
 * Databases built without stratdb, as the ones to adopt were: the schema of a revision, with no bookkeeping.
 */
public final class UnversionedDatabase {

    private UnversionedDatabase() {
    }

    /** Brings the database to {@code revision}, then removes every trace of stratdb. */
    public static void at(TestDatabase database, MigrationContext context, String revision) {
        Migrations.of(context).upgrade(revision);
        // Every bookkeeping table, whatever its release: a database built without stratdb has none of them.
        Sql.execute(database, "DO $$ DECLARE t text; BEGIN FOR t IN SELECT tablename FROM pg_tables"
                + " WHERE schemaname = current_schema() AND tablename LIKE 'stratdb\\_%' LOOP"
                + " EXECUTE 'DROP TABLE ' || quote_ident(t); END LOOP; END $$");
    }

    /** Whether stratdb's bookkeeping tables exist. */
    public static boolean hasBookkeeping(TestDatabase database) {
        return Sql.count(database, "SELECT count(*) FROM pg_tables WHERE tablename LIKE 'stratdb\\_%'") > 0;
    }

    /** Scratch schemas left behind (there must never be one). */
    public static long scratchSchemas(TestDatabase database) {
        return Sql.count(database, "SELECT count(*) FROM pg_namespace WHERE nspname LIKE 'stratdb\\_scratch%'");
    }
}
