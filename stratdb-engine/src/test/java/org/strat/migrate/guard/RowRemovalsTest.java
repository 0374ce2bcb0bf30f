package org.strat.migrate.guard;

import org.junit.jupiter.api.Test;
import org.strat.migrate.guard.RowRemovals.Kind;
import org.strat.migrate.guard.RowRemovals.Removal;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RowRemovalsTest {

    @Test
    void dropTableNamesEveryTableInPartsAsWritten() {
        assertThat(RowRemovals.of("-- referencing tables first\nDROP TABLE IF EXISTS plays, public.\"Rolls\" CASCADE"))
                .containsExactly(new Removal(Kind.DROP_OBJECT, "table", List.of("plays"), null, true, false),
                        new Removal(Kind.DROP_OBJECT, "table", List.of("public", "Rolls"), null, true, false));
    }

    @Test
    void alterTableNamesEachDroppedColumnAndSkipsOtherActions() {
        assertThat(RowRemovals.of("ALTER TABLE ONLY games DROP COLUMN IF EXISTS season CASCADE,"
                + " ADD CONSTRAINT c CHECK (home_score IN (0, 1)), DROP CONSTRAINT x, DROP weather,"
                + " ALTER COLUMN status DROP DEFAULT"))
                .extracting(Removal::kind, Removal::name, Removal::column, Removal::cascade)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Kind.DROP_COLUMN, List.of("games"), "season", true),
                        org.assertj.core.groups.Tuple.tuple(Kind.DROP_COLUMN, List.of("games"), "weather", false));
    }

    @Test
    void truncateAndDeleteNameTheTablesTheyEmpty() {
        assertThat(RowRemovals.of("TRUNCATE TABLE ONLY a, b.c * RESTART IDENTITY CASCADE"))
                .containsExactly(new Removal(Kind.TRUNCATE, null, List.of("a"), null, true, true),
                        new Removal(Kind.TRUNCATE, null, List.of("b", "c"), null, true, false));
        assertThat(RowRemovals.of("delete from \"Games\" g where g.id > 3"))
                .containsExactly(new Removal(Kind.DELETE, null, List.of("Games"), null, false, false, true));
    }

    @Test
    void dropSchemaTypeAndMaterializedViewAreObjectsForTheCatalog() {
        assertThat(RowRemovals.of("DROP SCHEMA IF EXISTS archive CASCADE")).extracting(Removal::objectType, Removal::name)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("schema", List.of("archive")));
        assertThat(RowRemovals.of("DROP TYPE weather CASCADE")).extracting(Removal::objectType).containsExactly("type");
        assertThat(RowRemovals.of("DROP MATERIALIZED VIEW batting_game_stats")).extracting(Removal::objectType)
                .containsExactly("materialized view");
    }

    @Test
    void codeItCannotReadIsSaidToBeUnreadable() {
        assertThat(RowRemovals.of("DO $$ BEGIN EXECUTE 'DROP TABLE ' || 'notes'; END $$"))
                .extracting(Removal::kind).containsExactly(Kind.UNREADABLE);
        assertThat(RowRemovals.of("DO 'BEGIN DELETE FROM games; END'")).extracting(Removal::kind).containsExactly(Kind.UNREADABLE);
        assertThat(RowRemovals.of("CALL purge_games()")).extracting(Removal::kind).containsExactly(Kind.UNREADABLE);
        assertThat(RowRemovals.of("DROP FUNCTION f(integer) CASCADE")).extracting(Removal::kind).containsExactly(Kind.UNREADABLE);
        assertThat(RowRemovals.of("WITH gone AS (DELETE FROM games RETURNING id) SELECT count(*) FROM gone"))
                .extracting(Removal::kind).containsExactly(Kind.UNREADABLE);
    }

    @Test
    void statementsThatRemoveNoRowsNameNothing() {
        assertThat(RowRemovals.of("ALTER TABLE plays DROP CONSTRAINT plays_roll_id_fkey")).isEmpty();
        assertThat(RowRemovals.of("SELECT 'DROP TABLE games; TRUNCATE plays'")).isEmpty();
        assertThat(RowRemovals.of("DO $$ BEGIN RAISE NOTICE 'hello'; END $$")).isEmpty();
        assertThat(RowRemovals.of("DROP FUNCTION f(integer)")).isEmpty();
        assertThat(RowRemovals.of("CREATE TABLE t (id integer)")).isEmpty();
    }
}
