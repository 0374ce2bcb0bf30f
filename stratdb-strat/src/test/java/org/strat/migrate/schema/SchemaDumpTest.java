package org.strat.migrate.schema;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.strat.migrate.Migrations;
import org.strat.migrate.revision.RevisionSource;
import org.strat.migrate.session.MigrationContext;
import org.strat.testing.CatalogSnapshot;
import org.strat.testing.FreshDatabaseExtension;
import org.strat.testing.Sql;
import org.strat.testing.TestDatabase;
import org.strat.testing.TestRevisions;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

@ExtendWith(FreshDatabaseExtension.class)
class SchemaDumpTest {

    // Debian's client package; the embedded server ships no pg_dump (facts.md).
    private static final Path SYSTEM_PG_DUMP = Path.of("/usr/bin/pg_dump");

    @Test
    void theCatalogDumpOfTheProjectSchemaRecreatesItExactly(TestDatabase database) throws SQLException {
        MigrationContext context = MigrationContext.of(database.settings(), RevisionSource.classpath());
        Migrations.of(context).upgrade("head");

        assertRoundTrip(database, new SchemaDump(context).withoutPgDump().run());
    }

    @Test
    void theCatalogDumpRecreatesViewsMaterializedViewsAndPartialIndexes(TestDatabase database) throws SQLException {
        MigrationContext context = TestRevisions.context(database, "adoption");
        Migrations.of(context).upgrade("head");
        Sql.execute(database, "CREATE TABLE \"Odd Name\" (\"select\" text COLLATE \"C\", n bigint GENERATED ALWAYS AS IDENTITY,"
                + " twice int GENERATED ALWAYS AS (length(\"select\") * 2) STORED);"
                + " CREATE VIEW everything AS SELECT * FROM standings JOIN team_runs USING (team_id, runs)");

        SchemaDumpResult dump = new SchemaDump(context).withoutPgDump().run();

        assertThat(dump.note()).isEqualTo("pg_dump not used (--no-pg-dump)");
        assertThat(dump.sql()).startsWith("-- Schema \"public\" of database \"" + database.name() + "\"");
        assertRoundTrip(database, dump);
    }

    @Test
    void theHeaderNamesWhatTheCatalogDumpLeavesOut(TestDatabase database) {
        Sql.execute(database, "CREATE FUNCTION one() RETURNS int LANGUAGE sql AS 'SELECT 1'; CREATE TYPE mood AS ENUM ('ok')");

        String sql = new SchemaDump(MigrationContext.of(database.settings(), RevisionSource.classpath())).withoutPgDump().run().sql();

        assertThat(sql).contains("-- NOT included although the schema has them: 1 routine(s), 1 type(s). Use pg_dump");
    }

    @Test
    void aPgDumpOlderThanTheServerIsNotUsed(TestDatabase database) {
        assumeTrue(Files.isExecutable(SYSTEM_PG_DUMP), "needs a pg_dump older than the test server");
        int major = new PgDump(SYSTEM_PG_DUMP).majorVersion();
        assumeTrue(major > 0 && major < 17, "needs a pg_dump older than the test server");

        SchemaDumpResult dump = new SchemaDump(MigrationContext.of(database.settings(), RevisionSource.classpath())).run();

        assertThat(dump.method()).isEqualTo(SchemaDumpResult.Method.CATALOG);
        assertThat(dump.note()).satisfiesAnyOf(
                note -> assertThat(note).contains("is version " + major + ", older than the server (PostgreSQL 17)"),
                note -> assertThat(note).isEqualTo("pg_dump is not on PATH"));
    }

    @Test
    void pgDumpReachesTheDatabaseAndItsFailureFallsBackToTheCatalogSayingWhy(TestDatabase database) {
        assumeTrue(Files.isExecutable(SYSTEM_PG_DUMP), "needs a pg_dump");
        MigrationContext context = MigrationContext.of(database.settings(), RevisionSource.classpath());

        SchemaDumpResult dump = new SchemaDump(context).withPgDumpUnchecked(new PgDump(SYSTEM_PG_DUMP)).run();

        // pg_dump 15 connects (so host, port, user and database reached it) and then refuses the newer server.
        assertThat(dump.method()).isEqualTo(SchemaDumpResult.Method.CATALOG);
        assertThat(dump.note()).contains("/usr/bin/pg_dump failed: ").contains("server version mismatch");
    }

    private static void assertRoundTrip(TestDatabase database, SchemaDumpResult dump) throws SQLException {
        String copy = database.server().createDatabase("dump_copy");
        try {
            try (Connection connection = database.server().superuserConnection(copy);
                 Statement statement = connection.createStatement()) {
                statement.execute(dump.sql());
            }
            CatalogSnapshot original;
            CatalogSnapshot restored;
            try (Connection connection = database.connect()) {
                original = CatalogSnapshot.of(connection);
            }
            try (Connection connection = database.server().superuserConnection(copy)) {
                restored = CatalogSnapshot.of(connection);
            }
            assertThat(restored.differencesFrom(original)).isEmpty();
            assertThat(original.isEmpty()).isFalse();
        } finally {
            database.server().dropDatabase(copy);
        }
    }
}
