package org.strat.migrate.offline;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.strat.migrate.Migrations;
import org.strat.migrate.revision.RevisionSource;
import org.strat.migrate.run.InvalidTargetException;
import org.strat.migrate.run.MigrationRefusedException;
import org.strat.migrate.session.MigrationContext;
import org.strat.testing.CatalogSnapshot;
import org.strat.testing.FreshDatabaseExtension;
import org.strat.testing.PostgresServer;
import org.strat.testing.Sql;
import org.strat.testing.TestDatabase;
import org.strat.testing.TestRevisions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Offline SQL, applied by psql, builds exactly what an online upgrade builds, bookkeeping included. */
@ExtendWith(FreshDatabaseExtension.class)
class OfflineSqlTest {

    private static final String PSQL = "/usr/bin/psql";

    @TempDir
    Path directory;

    /** A context with no database at all: offline SQL must never need one. */
    private static MigrationContext offline(RevisionSource revisions) {
        return MigrationContext.of(null, revisions);
    }

    @Test
    void baseToHeadAppliedWithPsqlGivesTheCatalogOfAnOnlineUpgrade(TestDatabase database) throws Exception {
        String script = new OfflineSql(offline(RevisionSource.classpath())).upgrade("base:head");
        psql(database, script);

        PostgresServer server = database.server();
        String online = server.createDatabase("offline_reference");
        try {
            Migrations.of(MigrationContext.of(new org.strat.migrate.connect.DatabaseSettings(server.jdbcUrl(online), "postgres", null,
                    org.strat.migrate.connect.DatabaseSettings.Source.URL_OPTION), RevisionSource.classpath())).upgrade("head");
            assertThat(snapshot(database, database.name())).isEqualTo(snapshot(database, online));
            assertThat(bookkeeping(database, database.name())).isEqualTo(bookkeeping(database, online));
        } finally {
            server.dropDatabase(online);
        }
        assertThat(Migrations.of(MigrationContext.of(database.settings(), RevisionSource.classpath())).current().atHead()).isTrue();
    }

    /** What the bookkeeping says, without what differs between two runs (times, durations, notes). */
    private static java.util.List<String> bookkeeping(TestDatabase database, String name) throws SQLException {
        try (Connection connection = database.server().superuserConnection(name);
             var statement = connection.createStatement();
             var rows = statement.executeQuery("SELECT revision || ' ' || checksum || ' ' || file_name FROM stratdb_revision ORDER BY 1")) {
            java.util.List<String> lines = new java.util.ArrayList<>();
            while (rows.next()) {
                lines.add(rows.getString(1));
            }
            return lines;
        }
    }

    @Test
    void rangesStartAndStopWhereAskedAndTheDowngradeUndoesThem(TestDatabase database) throws Exception {
        MigrationContext context = offline(RevisionSource.directory(TestRevisions.directory("linear")));

        String first = new OfflineSql(context).upgrade("001");
        String rest = new OfflineSql(context).upgrade("001:head");

        assertThat(first).contains("-- upgrade 001: Create teams").doesNotContain("-- upgrade 002");
        assertThat(rest).doesNotContain("-- upgrade 001").contains("-- upgrade 002").contains("-- upgrade 003")
                .contains("-- Runs outside a transaction");
        psql(database, first);
        psql(database, rest);
        MigrationContext online = TestRevisions.context(database, "linear");
        assertThat(Migrations.of(online).current().current()).containsExactly("003");

        psql(database, new OfflineSql(context).downgrade("head:001"));
        assertThat(Migrations.of(online).current().current()).containsExactly("001");
        assertThat(Sql.tables(database)).contains("teams").doesNotContain("parks");
        assertThat(Sql.column(database, "SELECT direction || ' ' || revision || ' ' || note FROM stratdb_log ORDER BY id"))
                .containsExactly("upgrade 001 offline SQL", "upgrade 002 offline SQL", "upgrade 003 offline SQL",
                        "downgrade 003 offline SQL", "downgrade 002 offline SQL");
    }

    @Test
    void badRangesAreRefused() {
        OfflineSql sql = new OfflineSql(offline(RevisionSource.directory(TestRevisions.directory("nodowngrade"))));

        assertThatThrownBy(() -> sql.downgrade("base")).isInstanceOf(InvalidTargetException.class)
                .hasMessageContaining("stratdb downgrade head:base --sql");
        assertThatThrownBy(() -> sql.downgrade("head:base")).isInstanceOf(MigrationRefusedException.class)
                .hasMessageContaining("001_teams.sql has an empty downgrade section");
        assertThatThrownBy(() -> sql.upgrade(":head")).isInstanceOf(InvalidTargetException.class);
    }

    private CatalogSnapshot snapshot(TestDatabase database, String name) throws SQLException {
        try (Connection connection = database.server().superuserConnection(name)) {
            return CatalogSnapshot.of(connection, CatalogSnapshot.Scope.WITHOUT_TOOL_TABLES);
        }
    }

    private void psql(TestDatabase database, String script) throws IOException, InterruptedException {
        Path file = Files.writeString(Files.createTempFile(directory, "offline", ".sql"), script);
        Process process = new ProcessBuilder(PSQL, "-X", "-q", "-v", "ON_ERROR_STOP=1", "-h", "localhost",
                "-p", String.valueOf(database.server().port()), "-U", "postgres", "-d", database.name(), "-f", file.toString())
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
    }
}
