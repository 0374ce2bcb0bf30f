package org.strat.db.revisions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.strat.migrate.Migrations;
import org.strat.migrate.revision.RevisionSource;
import org.strat.migrate.session.MigrationContext;
import org.strat.testing.FreshDatabaseExtension;
import org.strat.testing.TestDatabase;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The schema at head, read back from the catalog, is the one docs/schema.md specifies for revision 001.
 *
 * <p>The expectation below is written by hand from schema.md, never derived from the revision file, so that a
 * mistake in the SQL cannot hide in both. Values are written as PostgreSQL prints them (format_type for types,
 * pg_get_expr for defaults and CHECK expressions).
 */
@ExtendWith(FreshDatabaseExtension.class)
class InitialSchemaTest {

    private static final boolean NOT_NULL = true;
    private static final boolean NULLABLE = false;

    private static final Set<String> TABLES = Set.of(
            "games", "lineups", "rolls", "plays", "game_sessions", "roster_links", "game_cardset_links");

    private static final List<String> COLUMNS = concat(
            columns("games",
                    column("id", "uuid", NOT_NULL, "gen_random_uuid()"),
                    column("league_id", "character varying(10)", NOT_NULL),
                    column("home_team_id", "integer", NOT_NULL),
                    column("away_team_id", "integer", NOT_NULL),
                    column("home_user_id", "integer", NULLABLE),
                    column("away_user_id", "integer", NULLABLE),
                    column("current_inning", "integer", NULLABLE, "1"),
                    column("current_half", "character varying(10)", NULLABLE, "'top'::character varying"),
                    column("home_score", "integer", NULLABLE, "0"),
                    column("away_score", "integer", NULLABLE, "0"),
                    column("status", "character varying(20)", NULLABLE, "'pending'::character varying"),
                    column("allow_spectators", "boolean", NULLABLE, "true"),
                    column("created_at", "timestamp with time zone", NULLABLE, "now()"),
                    column("updated_at", "timestamp with time zone", NULLABLE, "now()")),
            columns("lineups",
                    column("id", "integer", NOT_NULL, "nextval('lineups_id_seq'::regclass)"),
                    column("game_id", "uuid", NOT_NULL),
                    column("team_id", "integer", NOT_NULL),
                    column("card_id", "integer", NULLABLE),
                    column("player_id", "integer", NULLABLE),
                    column("position", "character varying(5)", NOT_NULL),
                    column("batting_order", "integer", NULLABLE),
                    column("is_starter", "boolean", NULLABLE, "true"),
                    column("is_active", "boolean", NULLABLE, "true"),
                    column("replacing_id", "integer", NULLABLE),
                    column("entered_game_at", "integer", NULLABLE),
                    column("exited_game_at", "integer", NULLABLE)),
            columns("rolls",
                    column("roll_id", "character varying(50)", NOT_NULL),
                    column("game_id", "uuid", NOT_NULL),
                    column("roll_type", "character varying(20)", NOT_NULL),
                    column("league_id", "character varying(10)", NOT_NULL),
                    column("team_id", "integer", NULLABLE),
                    column("player_id", "integer", NULLABLE),
                    column("roll_data", "jsonb", NOT_NULL),
                    column("context", "jsonb", NULLABLE),
                    column("rolled_at", "timestamp with time zone", NOT_NULL, "now()")),
            columns("plays",
                    column("id", "integer", NOT_NULL, "nextval('plays_id_seq'::regclass)"),
                    column("game_id", "uuid", NOT_NULL),
                    column("play_number", "integer", NOT_NULL),
                    column("inning", "integer", NOT_NULL),
                    column("half", "character varying(10)", NOT_NULL),
                    column("outs_before", "integer", NOT_NULL),
                    column("outs_after", "integer", NOT_NULL),
                    column("batting_order", "integer", NULLABLE),
                    column("away_score", "integer", NOT_NULL, "0"),
                    column("home_score", "integer", NOT_NULL, "0"),
                    column("on_base_code", "integer", NOT_NULL, "0"),
                    column("batter_id", "integer", NULLABLE),
                    column("pitcher_id", "integer", NULLABLE),
                    column("catcher_id", "integer", NULLABLE),
                    column("defender_id", "integer", NULLABLE),
                    column("runner_id", "integer", NULLABLE),
                    column("on_first_id", "integer", NULLABLE),
                    column("on_second_id", "integer", NULLABLE),
                    column("on_third_id", "integer", NULLABLE),
                    column("on_first_final", "integer", NULLABLE),
                    column("on_second_final", "integer", NULLABLE),
                    column("on_third_final", "integer", NULLABLE),
                    column("batter_final", "integer", NULLABLE),
                    column("roll_id", "character varying(50)", NULLABLE),
                    column("outcome", "character varying(50)", NOT_NULL),
                    column("hit_location", "character varying(5)", NULLABLE),
                    column("description", "text", NULLABLE),
                    column("is_go_ahead", "boolean", NOT_NULL, "false"),
                    column("is_tied", "boolean", NOT_NULL, "false"),
                    column("complete", "boolean", NOT_NULL, "false"),
                    column("locked", "boolean", NOT_NULL, "false"),
                    column("play_metadata", "jsonb", NOT_NULL, "'{}'::jsonb"),
                    column("created_at", "timestamp with time zone", NULLABLE, "now()")),
            Stream.of("pa", "ab", "hit", "run", "e_run", "rbi", "double", "triple", "homerun", "bb", "so", "hbp",
                            "sac", "ibb", "gidp", "sb", "cs", "outs_recorded", "wild_pitch", "passed_ball", "balk",
                            "pick_off", "error")
                    .map(counter -> "plays." + column(counter, "integer", NOT_NULL, "0"))
                    .toList(),
            columns("game_sessions",
                    column("game_id", "uuid", NOT_NULL),
                    column("connected_users", "jsonb", NOT_NULL, "'{}'::jsonb"),
                    column("last_action_at", "timestamp with time zone", NOT_NULL, "now()"),
                    column("state_snapshot", "jsonb", NOT_NULL, "'{}'::jsonb"),
                    column("created_at", "timestamp with time zone", NULLABLE, "now()"),
                    column("updated_at", "timestamp with time zone", NULLABLE, "now()")),
            columns("roster_links",
                    column("id", "integer", NOT_NULL, "nextval('roster_links_id_seq'::regclass)"),
                    column("game_id", "uuid", NOT_NULL),
                    column("team_id", "integer", NOT_NULL),
                    column("card_id", "integer", NULLABLE),
                    column("player_id", "integer", NULLABLE),
                    column("created_at", "timestamp with time zone", NULLABLE, "now()")),
            columns("game_cardset_links",
                    column("game_id", "uuid", NOT_NULL),
                    column("cardset_id", "integer", NOT_NULL),
                    column("priority", "integer", NOT_NULL, "1")));

    // Primary-key and unique-constraint indexes are listed too: they are indexes of the schema as much as the others.
    private static final List<String> INDEXES = List.of(
            index("games", "games_pkey", true, "id"),
            index("games", "idx_game_status", false, "status"),
            index("games", "idx_game_league", false, "league_id"),
            index("lineups", "lineups_pkey", true, "id"),
            index("lineups", "idx_lineup_game", false, "game_id"),
            index("lineups", "idx_lineup_game_team", false, "game_id", "team_id"),
            index("lineups", "idx_lineup_replacing", false, "replacing_id"),
            index("rolls", "rolls_pkey", true, "roll_id"),
            index("rolls", "idx_roll_game", false, "game_id"),
            index("rolls", "idx_roll_type", false, "roll_type"),
            index("rolls", "idx_roll_league", false, "league_id"),
            index("rolls", "idx_roll_team", false, "team_id"),
            index("rolls", "idx_roll_player", false, "player_id"),
            index("plays", "plays_pkey", true, "id"),
            index("plays", "idx_play_game", false, "game_id"),
            index("plays", "idx_play_game_number", true, "game_id", "play_number"),
            index("plays", "idx_play_batter", false, "batter_id"),
            index("plays", "idx_play_pitcher", false, "pitcher_id"),
            index("plays", "idx_play_catcher", false, "catcher_id"),
            index("plays", "idx_play_defender", false, "defender_id"),
            index("plays", "idx_play_runner", false, "runner_id"),
            index("plays", "idx_play_on_first", false, "on_first_id"),
            index("plays", "idx_play_on_second", false, "on_second_id"),
            index("plays", "idx_play_on_third", false, "on_third_id"),
            index("plays", "idx_play_roll", false, "roll_id"),
            index("game_sessions", "game_sessions_pkey", true, "game_id"),
            index("game_sessions", "idx_game_session_last_action", false, "last_action_at"),
            index("roster_links", "roster_links_pkey", true, "id"),
            index("roster_links", "uq_roster_game_card", true, "game_id", "card_id"),
            index("roster_links", "uq_roster_game_player", true, "game_id", "player_id"),
            index("roster_links", "idx_roster_link_game_team", false, "game_id", "team_id"),
            index("game_cardset_links", "game_cardset_links_pkey", true, "game_id", "cardset_id"));

    private static final List<String> KEYS = List.of(
            primaryKey("games", "id"),
            primaryKey("lineups", "id"),
            primaryKey("rolls", "roll_id"),
            primaryKey("plays", "id"),
            primaryKey("game_sessions", "game_id"),
            primaryKey("roster_links", "id"),
            primaryKey("game_cardset_links", "game_id", "cardset_id"),
            // Listed among the indexes by schema.md; a UNIQUE constraint because that is what the models export.
            "plays.idx_play_game_number UNIQUE (game_id, play_number)",
            "roster_links.uq_roster_game_card UNIQUE (game_id, card_id)",
            "roster_links.uq_roster_game_player UNIQUE (game_id, player_id)");

    // ON UPDATE is not in schema.md; keys never change, so NO ACTION (the default) is expected everywhere.
    private static final List<String> FOREIGN_KEYS = List.of(
            foreignKey("lineups", "game_id", "games", "id", "CASCADE"),
            foreignKey("lineups", "replacing_id", "lineups", "id", "NO ACTION"),
            foreignKey("rolls", "game_id", "games", "id", "CASCADE"),
            foreignKey("plays", "game_id", "games", "id", "CASCADE"),
            foreignKey("plays", "batter_id", "lineups", "id", "NO ACTION"),
            foreignKey("plays", "pitcher_id", "lineups", "id", "NO ACTION"),
            foreignKey("plays", "catcher_id", "lineups", "id", "NO ACTION"),
            foreignKey("plays", "defender_id", "lineups", "id", "NO ACTION"),
            foreignKey("plays", "runner_id", "lineups", "id", "NO ACTION"),
            foreignKey("plays", "on_first_id", "lineups", "id", "NO ACTION"),
            foreignKey("plays", "on_second_id", "lineups", "id", "NO ACTION"),
            foreignKey("plays", "on_third_id", "lineups", "id", "NO ACTION"),
            foreignKey("plays", "roll_id", "rolls", "roll_id", "SET NULL"),
            foreignKey("game_sessions", "game_id", "games", "id", "CASCADE"),
            foreignKey("roster_links", "game_id", "games", "id", "CASCADE"),
            foreignKey("game_cardset_links", "game_id", "games", "id", "CASCADE"));

    // The names and expressions agreed with the models; PostgreSQL stores IN (...) on varchar as = ANY (ARRAY[...]).
    private static final List<String> CHECKS = List.of(
            check("games", "games_status_check", oneOf("status", "pending", "active", "paused", "completed", "abandoned")),
            check("games", "games_current_half_check", oneOf("current_half", "top", "bottom")),
            check("games", "games_league_id_check", oneOf("league_id", "sba", "pd")),
            check("lineups", "lineups_card_or_player_check", "(num_nonnulls(card_id, player_id) = 1)"),
            check("rolls", "rolls_roll_type_check",
                    oneOf("roll_type", "ab", "jump", "fielding", "d20", "pickoff", "wild_pitch")),
            check("rolls", "rolls_league_id_check", oneOf("league_id", "sba", "pd")),
            check("plays", "plays_half_check", oneOf("half", "top", "bottom")),
            check("plays", "plays_outs_before_check", between("outs_before", 0, 2)),
            check("plays", "plays_outs_after_check", between("outs_after", 0, 3)),
            check("plays", "plays_on_base_code_check", between("on_base_code", 0, 7)),
            check("roster_links", "roster_links_card_or_player_check", "(num_nonnulls(card_id, player_id) = 1)"));

    private static final List<String> SEQUENCES = List.of(
            "lineups_id_seq integer OWNED BY lineups.id",
            "plays_id_seq integer OWNED BY plays.id",
            "roster_links_id_seq integer OWNED BY roster_links.id");

    // The tables of the schema other than the tool's own; views belong to later revisions and are not checked here.
    private static final String SPEC_TABLES = """
            WITH spec_tables AS (
                SELECT c.oid, c.relname FROM pg_class c
                WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p')
                  AND c.relname NOT LIKE 'stratdb\\_%')
            """;

    @Test
    void upgradeToHeadCreatesExactlyTheSpecifiedTables(TestDatabase database) throws SQLException {
        upgradeToHead(database);
        assertSameLines("tables", read(database, SPEC_TABLES + "SELECT relname FROM spec_tables"), TABLES);
    }

    @Test
    void everyColumnHasTheSpecifiedTypeNullabilityAndDefault(TestDatabase database) throws SQLException {
        upgradeToHead(database);
        assertSameLines("columns", read(database, SPEC_TABLES + """
                SELECT t.relname || '.' || a.attname || ' ' || format_type(a.atttypid, a.atttypmod)
                       || CASE WHEN a.attnotnull THEN ' NOT NULL' ELSE ' NULL' END
                       || coalesce(' DEFAULT ' || pg_get_expr(d.adbin, d.adrelid), '')
                FROM spec_tables t
                JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum > 0 AND NOT a.attisdropped
                LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
                """), COLUMNS);
    }

    @Test
    void everyIndexHasTheSpecifiedNameColumnsAndUniqueness(TestDatabase database) throws SQLException {
        upgradeToHead(database);
        assertSameLines("indexes", read(database, SPEC_TABLES + """
                SELECT t.relname || '.' || i.relname || CASE WHEN x.indisunique THEN ' UNIQUE' ELSE '' END
                       || ' ' || am.amname || ' ('
                       || (SELECT string_agg(pg_get_indexdef(x.indexrelid, k, true), ', ' ORDER BY k)
                           FROM generate_series(1, x.indnatts) k) || ')'
                       || coalesce(' WHERE ' || pg_get_expr(x.indpred, x.indrelid), '')
                FROM spec_tables t
                JOIN pg_index x ON x.indrelid = t.oid
                JOIN pg_class i ON i.oid = x.indexrelid
                JOIN pg_am am ON am.oid = i.relam
                """), INDEXES);
    }

    @Test
    void primaryKeysAndUniqueConstraintsAreTheSpecifiedOnes(TestDatabase database) throws SQLException {
        upgradeToHead(database);
        assertSameLines("primary keys and unique constraints", read(database, SPEC_TABLES + """
                SELECT t.relname || '.' || con.conname
                       || CASE con.contype WHEN 'p' THEN ' PRIMARY KEY (' ELSE ' UNIQUE (' END
                       || (SELECT string_agg(a.attname, ', ' ORDER BY k.position)
                           FROM unnest(con.conkey) WITH ORDINALITY AS k(attnum, position)
                           JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum) || ')'
                FROM spec_tables t
                JOIN pg_constraint con ON con.conrelid = t.oid AND con.contype IN ('p', 'u')
                """), KEYS);
    }

    @Test
    void foreignKeysHaveTheSpecifiedTargetsAndDeleteRules(TestDatabase database) throws SQLException {
        upgradeToHead(database);
        assertSameLines("foreign keys", read(database, SPEC_TABLES + """
                SELECT t.relname || '.' || con.conname || ' (' || columns.local || ') REFERENCES '
                       || target.relname || ' (' || columns.remote || ')'
                       || ' ON DELETE ' || CASE con.confdeltype WHEN 'a' THEN 'NO ACTION' WHEN 'r' THEN 'RESTRICT'
                                               WHEN 'c' THEN 'CASCADE' WHEN 'n' THEN 'SET NULL' WHEN 'd' THEN 'SET DEFAULT' END
                       || ' ON UPDATE ' || CASE con.confupdtype WHEN 'a' THEN 'NO ACTION' WHEN 'r' THEN 'RESTRICT'
                                               WHEN 'c' THEN 'CASCADE' WHEN 'n' THEN 'SET NULL' WHEN 'd' THEN 'SET DEFAULT' END
                       || CASE WHEN con.condeferrable THEN ' DEFERRABLE' ELSE '' END
                FROM spec_tables t
                JOIN pg_constraint con ON con.conrelid = t.oid AND con.contype = 'f'
                JOIN pg_class target ON target.oid = con.confrelid
                CROSS JOIN LATERAL (
                    SELECT string_agg(la.attname, ', ' ORDER BY k.position) AS local,
                           string_agg(ra.attname, ', ' ORDER BY k.position) AS remote
                    FROM unnest(con.conkey, con.confkey) WITH ORDINALITY AS k(local_attnum, remote_attnum, position)
                    JOIN pg_attribute la ON la.attrelid = con.conrelid AND la.attnum = k.local_attnum
                    JOIN pg_attribute ra ON ra.attrelid = con.confrelid AND ra.attnum = k.remote_attnum) columns
                """), FOREIGN_KEYS);
    }

    @Test
    void checkConstraintsAreTheAgreedOnes(TestDatabase database) throws SQLException {
        upgradeToHead(database);
        assertSameLines("CHECK constraints", read(database, SPEC_TABLES + """
                SELECT t.relname || '.' || con.conname || ' ' || pg_get_expr(con.conbin, con.conrelid)
                FROM spec_tables t
                JOIN pg_constraint con ON con.conrelid = t.oid AND con.contype = 'c'
                """), CHECKS);
    }

    @Test
    void serialColumnsOwnTheirSequences(TestDatabase database) throws SQLException {
        upgradeToHead(database);
        assertSameLines("sequences", read(database, """
                SELECT s.relname || ' ' || format_type(q.seqtypid, NULL)
                       || coalesce(' OWNED BY ' || owner.relname || '.' || a.attname, '')
                FROM pg_class s
                JOIN pg_sequence q ON q.seqrelid = s.oid
                LEFT JOIN pg_depend dep ON dep.classid = 'pg_class'::regclass AND dep.objid = s.oid
                     AND dep.refclassid = 'pg_class'::regclass AND dep.deptype = 'a'
                LEFT JOIN pg_class owner ON owner.oid = dep.refobjid
                LEFT JOIN pg_attribute a ON a.attrelid = dep.refobjid AND a.attnum = dep.refobjsubid
                WHERE s.relkind = 'S' AND s.relnamespace = 'public'::regnamespace
                  AND s.relname NOT LIKE 'stratdb\\_%'
                """), SEQUENCES);
    }

    /**
     * The foreign keys into lineups have no ON DELETE rule, so NO ACTION: checked at the end of the statement, it
     * lets one DELETE of a game cascade through lineups and the plays that point at them, which RESTRICT would
     * refuse.
     */
    @Test
    void deletingAGameDeletesEverythingThatBelongsToIt(TestDatabase database) throws SQLException {
        upgradeToHead(database);
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            statement.execute("""
                    INSERT INTO games (id, league_id, home_team_id, away_team_id)
                        VALUES ('6f1c3a52-0000-4000-8000-000000000001', 'sba', 1, 2);
                    INSERT INTO lineups (id, game_id, team_id, player_id, position)
                        VALUES (1, '6f1c3a52-0000-4000-8000-000000000001', 1, 10, 'P');
                    INSERT INTO lineups (id, game_id, team_id, player_id, position, replacing_id, is_starter)
                        VALUES (2, '6f1c3a52-0000-4000-8000-000000000001', 1, 11, 'P', 1, false);
                    INSERT INTO rolls (roll_id, game_id, roll_type, league_id, roll_data)
                        VALUES ('roll-1', '6f1c3a52-0000-4000-8000-000000000001', 'ab', 'sba', '{"d6": 3}');
                    INSERT INTO plays (game_id, play_number, inning, half, outs_before, outs_after, outcome,
                                       pitcher_id, batter_id, roll_id, pa, ab, double)
                        VALUES ('6f1c3a52-0000-4000-8000-000000000001', 1, 1, 'top', 0, 0, 'DOUBLE', 2, 1,
                                'roll-1', 1, 1, 1);
                    INSERT INTO game_sessions (game_id) VALUES ('6f1c3a52-0000-4000-8000-000000000001');
                    INSERT INTO roster_links (game_id, team_id, player_id)
                        VALUES ('6f1c3a52-0000-4000-8000-000000000001', 1, 10),
                               ('6f1c3a52-0000-4000-8000-000000000001', 1, 11);
                    INSERT INTO game_cardset_links (game_id, cardset_id)
                        VALUES ('6f1c3a52-0000-4000-8000-000000000001', 7);
                    DELETE FROM games;
                    """);
            try (ResultSet rows = statement.executeQuery("""
                    SELECT (SELECT count(*) FROM lineups) + (SELECT count(*) FROM rolls) + (SELECT count(*) FROM plays)
                           + (SELECT count(*) FROM game_sessions) + (SELECT count(*) FROM roster_links)
                           + (SELECT count(*) FROM game_cardset_links)
                    """)) {
                rows.next();
                assertThat(rows.getInt(1)).as("rows left behind by the deleted game").isZero();
            }
        }
    }

    private static void upgradeToHead(TestDatabase database) {
        Migrations.of(MigrationContext.of(database.settings(), RevisionSource.classpath())).upgrade("head");
    }

    private static List<String> read(TestDatabase database, String query) throws SQLException {
        List<String> lines = new ArrayList<>();
        try (Connection connection = database.connect();
             PreparedStatement statement = connection.prepareStatement(query);
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                lines.add(rows.getString(1));
            }
        }
        return lines;
    }

    private static void assertSameLines(String what, Collection<String> actual, Collection<String> expected) {
        Set<String> missing = new TreeSet<>(expected);
        missing.removeAll(actual);
        Set<String> extra = new TreeSet<>(actual);
        extra.removeAll(expected);
        if (!missing.isEmpty() || !extra.isEmpty()) {
            fail("The " + what + " at head differ from docs/schema.md (revision 001):"
                    + describe("missing (in schema.md, not in the database)", missing)
                    + describe("extra (in the database, not in schema.md)", extra));
        }
        assertThat(actual).as("%s listed twice", what).doesNotHaveDuplicates();
    }

    private static String describe(String heading, Set<String> lines) {
        return lines.isEmpty() ? "" : "\n" + heading + ":" + lines.stream().map(line -> "\n  -> " + line).collect(Collectors.joining());
    }

    @SafeVarargs
    private static List<String> concat(List<String>... groups) {
        return Arrays.stream(groups).flatMap(List::stream).toList();
    }

    private static List<String> columns(String table, String... columns) {
        return Arrays.stream(columns).map(column -> table + "." + column).toList();
    }

    private static String column(String name, String type, boolean notNull) {
        return name + " " + type + (notNull ? " NOT NULL" : " NULL");
    }

    private static String column(String name, String type, boolean notNull, String defaultExpression) {
        return column(name, type, notNull) + " DEFAULT " + defaultExpression;
    }

    private static String index(String table, String name, boolean unique, String... columns) {
        return table + "." + name + (unique ? " UNIQUE" : "") + " btree (" + String.join(", ", columns) + ")";
    }

    private static String primaryKey(String table, String... columns) {
        return table + "." + table + "_pkey PRIMARY KEY (" + String.join(", ", columns) + ")";
    }

    private static String foreignKey(String table, String column, String target, String targetColumn, String onDelete) {
        return table + "." + table + "_" + column + "_fkey (" + column + ") REFERENCES " + target + " (" + targetColumn
                + ") ON DELETE " + onDelete + " ON UPDATE NO ACTION";
    }

    private static String check(String table, String name, String expression) {
        return table + "." + name + " " + expression;
    }

    private static String oneOf(String column, String... values) {
        String array = Arrays.stream(values).map(value -> "'" + value + "'::character varying")
                .collect(Collectors.joining(", "));
        return "((" + column + ")::text = ANY ((ARRAY[" + array + "])::text[]))";
    }

    private static String between(String column, int low, int high) {
        return "((" + column + " >= " + low + ") AND (" + column + " <= " + high + "))";
    }
}
