package org.strat.migrate.autogen;

import org.junit.jupiter.api.Test;
import org.strat.migrate.catalog.Column;
import org.strat.migrate.catalog.Table;
import org.strat.migrate.catalog.change.AddColumn;
import org.strat.migrate.catalog.change.CreateTable;
import org.strat.migrate.catalog.change.DropTable;
import org.strat.migrate.revision.CreateRevision;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RevisionSqlTest {

    private static final Column ID = new Column("id", "integer", true, null, null, null, null);

    @Test
    void theNotesAskForLintAndNameWhatAutogenerateCannotSee() {
        CreateRevision.Sections sections = RevisionSql.of(List.of(new AddColumn("teams", nullable("city"))), "001");

        assertThat(sections.notes().lines()).allMatch(line -> line.startsWith("--"));
        assertThat(sections.notes())
                .contains("database at 001")
                .contains("Run \"stratdb lint\" on it")
                .contains("* Renames: a renamed table or column appears as a DROP and an ADD")
                .contains("* Meaning versus spelling")
                .contains("* Data migrations")
                .contains("* Objects the models do not describe are never dropped here: views and materialized views")
                .contains("sequences no column owns");
        assertThat(sections.upgrade()).isEqualTo("-- teams.city: missing\nALTER TABLE teams ADD COLUMN city text;");
        assertThat(sections.downgrade()).isEqualTo("-- teams.city: not in 001\n-- The values of teams.city are lost.\n"
                + "ALTER TABLE teams DROP COLUMN city;");
    }

    @Test
    void aDroppedAndACreatedTableAreNotedAsAPossibleRename() {
        Table teams = new Table("teams", List.of(ID), List.of(), List.of());
        Table clubs = new Table("clubs", List.of(ID), List.of(), List.of());

        String upgrade = RevisionSql.of(List.of(new CreateTable(clubs), new DropTable(teams)), "001").upgrade();

        assertThat(upgrade).containsSubsequence(
                "-- table teams: not in the models",
                "-- No entity maps teams: this drops the table and every row in it",
                "-- If teams was renamed to clubs (created below), replace this DROP TABLE and that",
                "-- CREATE TABLE with \"ALTER TABLE teams RENAME TO <new name>;\": as written, its rows are lost.",
                "DROP TABLE teams;",
                "-- table clubs: missing",
                "-- If this is teams renamed, see the note at its DROP TABLE above.",
                "CREATE TABLE clubs");
    }

    @Test
    void aNotNullColumnWithoutADefaultIsFlaggedAsFailingOnATableWithRows() {
        Column required = new Column("city", "text", true, null, null, null, null);

        assertThat(RevisionSql.of(List.of(new AddColumn("teams", required)), "001").upgrade()).isEqualTo(
                "-- teams.city: missing\n"
                        + "-- NOT NULL without a DEFAULT fails once teams has rows: give it a DEFAULT, or add it\n"
                        + "-- nullable, backfill it, then SET NOT NULL.\n"
                        + "ALTER TABLE teams ADD COLUMN city text NOT NULL;");
    }

    private static Column nullable(String name) {
        return new Column(name, "text", false, null, null, null, null);
    }
}
