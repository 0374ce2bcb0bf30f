package org.strat.migrate.catalog.compare;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.strat.migrate.catalog.Column;
import org.strat.migrate.catalog.SchemaReader;
import org.strat.migrate.catalog.SchemaSnapshot;
import org.strat.migrate.catalog.change.AddColumn;
import org.strat.migrate.catalog.change.CreateScript;
import org.strat.migrate.catalog.change.DropColumn;
import org.strat.migrate.catalog.change.SchemaChange;
import org.strat.testing.FreshDatabaseExtension;
import org.strat.testing.Sql;
import org.strat.testing.TestDatabase;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The same schema written two ways compares equal; real differences are listed once each, and reverse. */
@ExtendWith(FreshDatabaseExtension.class)
class SchemaComparisonTest {

    // Short type names, unnamed constraints, serial, CURRENT_TIMESTAMP and transaction_timestamp(), IN (...),
    // an implicit referenced column, a generated index name, and a view written tersely.
    private static final String TERSE = """
            CREATE TABLE teams (
                id int4 PRIMARY KEY,
                name varchar(20) NOT NULL CHECK (name <> ''),
                league varchar(10) CHECK (league IN ('sba', 'pd')),
                founded timestamptz DEFAULT CURRENT_TIMESTAMP,
                active bool DEFAULT true
            );
            CREATE TABLE players (
                id serial PRIMARY KEY,
                team_id int4 REFERENCES teams,
                seen timestamptz DEFAULT transaction_timestamp(),
                UNIQUE (team_id, id)
            );
            CREATE INDEX ON players (team_id) WHERE team_id > 0;
            CREATE VIEW roster AS select p.id, t.name, now() as at from players p join teams t on t.id = p.team_id;
            """;

    // The same schema, spelled out: long type names, named constraints, an explicit sequence owned by its column,
    // now(), explicit NO ACTION and referenced column, a Hibernate-style hashed foreign key name, USING btree.
    private static final String VERBOSE = """
            CREATE SEQUENCE players_id_seq AS integer;
            CREATE TABLE teams (
                id integer NOT NULL,
                name character varying(20) NOT NULL,
                league character varying(10),
                founded timestamp with time zone DEFAULT now(),
                active boolean DEFAULT 'true',
                CONSTRAINT teams_pkey PRIMARY KEY (id),
                CONSTRAINT name_not_empty CHECK (((name)::text <> ''::text)),
                CONSTRAINT league_known CHECK ((league IN ('sba', 'pd')))
            );
            CREATE TABLE players (
                id integer NOT NULL DEFAULT nextval('players_id_seq'::regclass),
                team_id integer,
                seen timestamp with time zone DEFAULT now(),
                CONSTRAINT players_pkey PRIMARY KEY (id),
                CONSTRAINT fkq2w3e4r5t6y7u8i9o0p1a2s3d FOREIGN KEY (team_id) REFERENCES teams (id)
                    ON DELETE NO ACTION ON UPDATE NO ACTION,
                CONSTRAINT uq_player_team UNIQUE (team_id, id)
            );
            ALTER SEQUENCE players_id_seq OWNED BY players.id;
            CREATE INDEX idx_players_team ON players USING btree (team_id) WHERE (team_id > 0);
            CREATE VIEW roster AS
                SELECT p.id, t.name, CURRENT_TIMESTAMP AS at
                FROM players AS p INNER JOIN teams AS t ON (t.id = p.team_id);
            """;

    @Test
    void theSameSchemaSpelledTwoWaysHasNoDifferences(TestDatabase database) throws SQLException {
        create(database, "spelled_short", TERSE);
        create(database, "spelled_long", VERBOSE);

        assertThat(compare(database, "spelled_short", "spelled_long")).isEmpty();
        assertThat(compare(database, "spelled_long", "spelled_short")).isEmpty();
    }

    @Test
    void namesThatNeitherToolGeneratedMustAgree(TestDatabase database) throws SQLException {
        create(database, "here", "CREATE TABLE t (a int, CONSTRAINT uq_a UNIQUE (a)); CREATE INDEX idx_one ON t (a);");
        create(database, "there", "CREATE TABLE t (a int, CONSTRAINT uq_first_a UNIQUE (a)); CREATE INDEX idx_two ON t (a);");

        assertThat(describe(compare(database, "here", "there"))).containsExactly(
                "unique constraint uq_a on t: named uq_first_a in there",
                "index idx_one on t: named idx_two in there");
    }

    @Test
    void eachKindOfDifferenceIsOneLineAndReversesToTheOtherDirection(TestDatabase database) throws SQLException {
        create(database, "here", """
                CREATE TABLE t (a int NOT NULL, b text DEFAULT 'x', c int, d int GENERATED ALWAYS AS IDENTITY);
                CREATE TABLE gone (id int PRIMARY KEY);
                CREATE TABLE u (id int PRIMARY KEY, t_id int REFERENCES gone ON DELETE CASCADE);
                CREATE INDEX idx_b ON t (b);
                CREATE MATERIALIZED VIEW mv AS SELECT a FROM t;
                CREATE SEQUENCE loose INCREMENT 2;
                """);
        create(database, "there", """
                CREATE TABLE t (a bigint, b text DEFAULT 'y', d int, e int CHECK (e > 0));
                CREATE TABLE u (id int PRIMARY KEY, t_id int);
                CREATE UNIQUE INDEX idx_b ON t (b);
                CREATE VIEW mv AS SELECT a FROM t;
                CREATE SEQUENCE loose;
                """);

        List<SchemaChange> changes = compare(database, "here", "there");

        assertThat(describe(changes)).containsExactly(
                "table gone: not in there",
                "sequence loose: INCREMENT 2 here, 1 in there",
                "t.a: type integer here, bigint in there",
                "t.a: NOT NULL here, nullable in there",
                "t.b: default 'x' here, 'y' in there",
                "t.d: NOT NULL here, nullable in there",
                "t.d: GENERATED ALWAYS AS IDENTITY here, not generated in there",
                "t.e: missing",
                "t.c: not in there",
                "check constraint t_e_check on t: missing",
                "foreign key u_t_id_fkey on u: FOREIGN KEY (t_id) REFERENCES gone(id) ON DELETE CASCADE not in there",
                "index idx_b: USING btree (b) here, UNIQUE USING btree (b) in there",
                "mv: a materialized view here, a view in there");
        assertThat(changes).allSatisfy(change -> assertThat(change.reverse().reverse()).isEqualTo(change));
        assertThat(new HashSet<>(SchemaComparison.reverse(changes)))
                .isEqualTo(new HashSet<>(compare(database, "there", "here")));
    }

    @Test
    void aDroppedColumnReversesToAddingItBackWithTypeNullabilityAndDefault(TestDatabase database) throws SQLException {
        create(database, "here", "CREATE TABLE t (a int, note varchar(40) NOT NULL DEFAULT 'none');");
        create(database, "there", "CREATE TABLE t (a int);");

        SchemaChange drop = compare(database, "here", "there").get(0);

        assertThat(drop).isEqualTo(new DropColumn("t", new Column("note", "character varying(40)", true,
                "'none'::character varying", null, null, null)));
        assertThat(CreateScript.columnDefinition(((AddColumn) drop.reverse()).column()))
                .isEqualTo("note character varying(40) DEFAULT 'none'::character varying NOT NULL");
    }

    private static List<String> describe(List<SchemaChange> changes) {
        return changes.stream().map(change -> change.describe("in there")).toList();
    }

    private static void create(TestDatabase database, String schema, String sql) {
        Sql.execute(database, "CREATE SCHEMA " + schema + "; SET search_path = " + schema + "; " + sql);
    }

    private static List<SchemaChange> compare(TestDatabase database, String here, String there) throws SQLException {
        try (Connection connection = database.connect()) {
            SchemaReader reader = new SchemaReader(connection);
            // Each is read as if it were the other's schema, the way stamp reads a scratch schema as the live one.
            SchemaSnapshot a = reader.read(here, SchemaReader.Scope.APPLICATION);
            SchemaSnapshot b = reader.read(there, SchemaReader.Scope.APPLICATION);
            return SchemaComparison.compare(a, b);
        }
    }
}
