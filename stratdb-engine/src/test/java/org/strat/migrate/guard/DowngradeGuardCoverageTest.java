package org.strat.migrate.guard;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.strat.migrate.Migrations;
import org.strat.migrate.run.Downgrade;
import org.strat.migrate.session.MigrationContext;
import org.strat.testing.FreshDatabaseExtension;
import org.strat.testing.PsqlScript;
import org.strat.testing.Sql;
import org.strat.testing.TestDatabase;
import org.strat.testing.TestRevisions;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The destructive-downgrade guard attacked with every way a downgrade section can remove rows besides DROP TABLE
 * and DROP COLUMN: TRUNCATE (with CASCADE), DELETE, DROP SCHEMA ... CASCADE (taking a child table in another
 * schema), DROP TYPE ... CASCADE (taking a column), and dynamic SQL in a DO block. Each must be refused without
 * --yes, before anything runs; with --yes the rows are saved first, in a file that restores them.
 */
@ExtendWith(FreshDatabaseExtension.class)
class DowngradeGuardCoverageTest {

    @TempDir
    Path directory;

    private static MigrationContext context(TestDatabase database) {
        return TestRevisions.context(database, "lossy");
    }

    private static void fill(TestDatabase database) {
        Sql.execute(database, "INSERT INTO teams VALUES (1, 'Cubs'), (2, 'Sox')");
        Sql.execute(database, "INSERT INTO games VALUES (1, 1, 'tab\there, a \\\\ backslash', 'sun'),"
                + " (101, 2, 'b', NULL), (102, 1, NULL, 'rain')");
        Sql.execute(database, "INSERT INTO archive.old_games VALUES (1, 'x')");
        Sql.execute(database, "INSERT INTO old_games_2025 VALUES (2, 'line\nbreak')");
        Sql.execute(database, "INSERT INTO notes VALUES (1, 'n')");
    }

    private static String refusal(TestDatabase database, String target) {
        long games = Sql.count(database, "SELECT count(*) FROM games");
        long logRows = Sql.count(database, "SELECT count(*) FROM stratdb_log");
        DataLossRefusedException refused = catchThrowableOfType(
                () -> new Downgrade(context(database), DestructiveDowngradeGuard.refusing()).run(target),
                DataLossRefusedException.class);
        assertThat(refused).as("downgrade " + target + " must be refused").isNotNull();
        assertThat(Sql.count(database, "SELECT count(*) FROM games")).isEqualTo(games);
        assertThat(Sql.count(database, "SELECT count(*) FROM stratdb_log")).as("nothing ran").isEqualTo(logRows);
        return refused.getMessage();
    }

    private static void stepDownUnguarded(TestDatabase database) {
        new Downgrade(context(database), DestructiveDowngradeGuard.OFF).run("-1");
    }

    @Test
    void everyStatementThatRemovesRowsIsRefusedWithoutYes(TestDatabase database) {
        Migrations.of(context(database)).upgrade("head");
        fill(database);

        assertThat(refusal(database, "-1")).contains("-> table games: 3 row(s) at most (DELETE FROM games WHERE id > 100, in 006_delete.sql)").contains("006_delete.sql");
        stepDownUnguarded(database);

        assertThat(refusal(database, "-1")).contains("-> column games.weather: 1 row(s) with a value (DROP TYPE weather CASCADE");
        stepDownUnguarded(database);

        assertThat(refusal(database, "-1")).contains("004_notes.sql").contains("DO").contains("cannot be read");
        stepDownUnguarded(database);

        assertThat(refusal(database, "-1")).contains("-> table archive.old_games: 1 row(s) (DROP SCHEMA archive CASCADE")
                .contains("-> table old_games_2025: 1 row(s) (DROP SCHEMA archive CASCADE");
        stepDownUnguarded(database);

        assertThat(refusal(database, "-1")).contains("-> table teams: 2 row(s) (TRUNCATE")
                .contains("-> table games: 1 row(s) (TRUNCATE");
    }

    @Test
    void anEmptyTableIsNoLoss(TestDatabase database) {
        Migrations.of(context(database)).upgrade("head");

        assertThat(new Downgrade(context(database), DestructiveDowngradeGuard.refusing()).run("005").removed()).hasSize(1);
    }

    @Test
    void confirmedItSavesTheRowsOfEveryTableFirstInAFileThatRestoresThem(TestDatabase database) throws Exception {
        Migrations.of(context(database)).upgrade("head");
        fill(database);
        List<String> before = snapshot(database, "public", "archive");
        Path dump = directory.resolve("dumps").resolve("before-downgrade.sql");
        List<DataLoss> notices = new ArrayList<>();

        new Downgrade(context(database), DestructiveDowngradeGuard.dumpingFirst(dump, notices::add)).run("base");

        assertThat(Sql.tables(database)).doesNotContain("teams", "games", "notes");
        DataLoss notice = notices.get(0);
        assertThat(notice.rowsFile()).exists();
        assertThat(notice.savedTables()).containsExactlyInAnyOrder("archive.old_games", "games", "notes",
                "old_games_2025", "teams");
        String schema = notice.rowsSchema();

        PsqlScript.restore(database, notice.rowsFile());

        assertThat(snapshot(database, schema, schema)).isEqualTo(before);
        assertThat(Files.readString(notice.rowsFile())).contains("COPY ").contains("FROM stdin;").contains("\\.");
    }

    /** Every saved table's rows as text, sorted; schema names stripped so the saved copies compare equal. */
    private static List<String> snapshot(TestDatabase database, String main, String archive) {
        List<String> rows = new ArrayList<>();
        rows.addAll(Sql.column(database, "SELECT 'teams ' || t::text FROM " + main + ".teams t ORDER BY 1"));
        rows.addAll(Sql.column(database, "SELECT 'games ' || g::text FROM " + main + ".games g ORDER BY 1"));
        rows.addAll(Sql.column(database, "SELECT 'notes ' || n::text FROM " + main + ".notes n ORDER BY 1"));
        rows.addAll(Sql.column(database, "SELECT 'old ' || o::text FROM ONLY " + archive + ".old_games o ORDER BY 1"));
        rows.addAll(Sql.column(database, "SELECT 'old25 ' || o::text FROM " + main + ".old_games_2025 o ORDER BY 1"));
        return rows;
    }
}
