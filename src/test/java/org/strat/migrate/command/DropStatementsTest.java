package org.strat.migrate.command;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DropStatementsTest {

    @Test
    void dropTableNamesEveryTableQuotedAsSqlNeeds() {
        assertThat(DropStatements.of("-- referencing tables first\nDROP TABLE IF EXISTS plays, public.\"Rolls\" CASCADE"))
                .containsExactly(new DropStatements.Dropped("plays", null), new DropStatements.Dropped("public.\"Rolls\"", null));
    }

    @Test
    void alterTableNamesEachDroppedColumnAndSkipsOtherActions() {
        assertThat(DropStatements.of("ALTER TABLE ONLY games DROP COLUMN IF EXISTS season CASCADE,"
                + " ADD CONSTRAINT c CHECK (home_score IN (0, 1)), DROP CONSTRAINT x, DROP weather,"
                + " ALTER COLUMN status DROP DEFAULT"))
                .containsExactly(new DropStatements.Dropped("games", "season"), new DropStatements.Dropped("games", "weather"));
    }

    @Test
    void statementsThatDropNoRowsNameNothing() {
        assertThat(DropStatements.of("DROP INDEX CONCURRENTLY idx_parks_team")).isEmpty();
        assertThat(DropStatements.of("DROP MATERIALIZED VIEW batting_game_stats")).isEmpty();
        assertThat(DropStatements.of("ALTER TABLE plays DROP CONSTRAINT plays_roll_id_fkey")).isEmpty();
        assertThat(DropStatements.of("DELETE FROM plays WHERE 'DROP TABLE games' <> ''")).isEmpty();
    }
}
