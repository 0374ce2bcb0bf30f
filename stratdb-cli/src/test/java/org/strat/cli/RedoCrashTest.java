package org.strat.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.strat.testing.FreshDatabaseExtension;
import org.strat.testing.Sql;
import org.strat.testing.StratDbProcess;
import org.strat.testing.TestDatabase;
import org.strat.testing.TestRevisions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.strat.testing.Eventually.waitUntil;

/**
 * A redo killed with SIGKILL at each of its two commits: the database is at a revision boundary either way, with
 * its bookkeeping (stored text included) matching what the schema holds, and the next command proceeds.
 */
@ExtendWith(FreshDatabaseExtension.class)
class RedoCrashTest {

    @TempDir
    Path workingDirectory;

    private Path revisions;
    private Path parks;

    private StratDbProcess stratdb(TestDatabase database, List<String> jvmOptions, String... args) {
        String[] all = new String[args.length + 4];
        all[0] = "--url";
        all[1] = database.url();
        all[2] = "--revisions-dir";
        all[3] = revisions.toString();
        System.arraycopy(args, 0, all, 4, args.length);
        return StratDbProcess.start(workingDirectory, jvmOptions, all);
    }

    private String appliedAndEdited(TestDatabase database, String edited) throws IOException {
        revisions = TestRevisions.copy("linear", workingDirectory.resolve("revisions"));
        Files.delete(revisions.resolve("003_park_index.sql"));
        parks = revisions.resolve("002_parks.sql");
        assertThat(stratdb(database, List.of(), "upgrade", "head").waitFor(60)).isZero();
        String applied = Files.readString(parks);
        Files.writeString(parks, applied.replace("name text);", edited));
        return applied;
    }

    @Test
    void killedBeforeItsDowngradeCommitsTheRevisionIsStillAppliedAsItWas(TestDatabase database) throws IOException {
        String applied = appliedAndEdited(database, "name text, capacity integer);");
        StratDbProcess redo = stratdb(database, List.of("-Dstratdb.fault.pauseBeforeCommitMs=60000"), "redo", "--yes",
                "--dump-dir", workingDirectory.toString());
        waitUntil("the redo's downgrade waits for its commit", () -> !Sql.column(database, "SELECT pid FROM pg_stat_activity"
                + " WHERE datname = '" + database.name() + "' AND state = 'idle in transaction'"
                + " AND query LIKE '%INSERT INTO stratdb_log%'").isEmpty());

        redo.kill();

        assertThat(Sql.column(database, "SELECT applied_text FROM stratdb_revision WHERE revision = '002'")).containsExactly(applied);
        assertThat(Sql.column(database, "SELECT column_name FROM information_schema.columns WHERE table_name = 'parks'"
                + " ORDER BY ordinal_position")).containsExactly("id", "team_id", "name");
        StratDbProcess again = stratdb(database, List.of(), "redo", "--yes", "--dump-dir", workingDirectory.toString());
        assertThat(again.waitFor(60)).as(again.err()).isZero();
        assertThat(Sql.column(database, "SELECT column_name FROM information_schema.columns WHERE table_name = 'parks'"
                + " ORDER BY ordinal_position")).containsExactly("id", "team_id", "name", "capacity");
    }

    @Test
    void killedDuringItsNewUpgradeTheDatabaseIsAtTheRevisionBelowAndUpgradeTakesOver(TestDatabase database) throws IOException {
        appliedAndEdited(database, "name text); SELECT pg_sleep(60);");
        StratDbProcess redo = stratdb(database, List.of(), "redo", "--yes", "--dump-dir", workingDirectory.toString());
        waitUntil("the redo's new upgrade runs", () -> !Sql.column(database, "SELECT pid FROM pg_stat_activity WHERE datname = '"
                + database.name() + "' AND state = 'active' AND query LIKE '%pg_sleep%' AND pid <> pg_backend_pid()").isEmpty());

        redo.kill();

        // The downgrade committed with its bookkeeping; the new upgrade did not, and left nothing.
        assertThat(Sql.column(database, "SELECT revision FROM stratdb_revision")).containsExactly("001");
        assertThat(Sql.tables(database)).doesNotContain("parks");
        assertThat(Sql.column(database, "SELECT revision || ':' || direction FROM stratdb_log ORDER BY id"))
                .containsExactly("001:upgrade", "002:upgrade", "002:downgrade");
        Files.writeString(parks, Files.readString(parks).replace(" SELECT pg_sleep(60);", ""));
        StratDbProcess upgrade = stratdb(database, List.of(), "upgrade", "head", "--lock-wait", "60");
        assertThat(upgrade.waitFor(60)).as(upgrade.err()).isZero();
        assertThat(Sql.column(database, "SELECT applied_text FROM stratdb_revision WHERE revision = '002'"))
                .containsExactly(Files.readString(parks));
    }
}
