package org.strat.migrate.autogen;

import org.junit.jupiter.api.Test;
import org.strat.migrate.catalog.Column;
import org.strat.migrate.catalog.Constraint;
import org.strat.migrate.catalog.ForeignKey;
import org.strat.migrate.catalog.Table;
import org.strat.migrate.catalog.change.AddColumn;
import org.strat.migrate.catalog.change.AddConstraint;
import org.strat.migrate.catalog.change.CreateIndex;
import org.strat.migrate.catalog.change.CreateSequence;
import org.strat.migrate.catalog.change.CreateTable;
import org.strat.migrate.catalog.change.DropColumn;
import org.strat.migrate.catalog.change.DropConstraint;
import org.strat.migrate.catalog.change.DropIndex;
import org.strat.migrate.catalog.change.DropSequence;
import org.strat.migrate.catalog.change.DropTable;
import org.strat.migrate.catalog.change.SchemaChange;
import org.strat.migrate.catalog.compare.SchemaComparison;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SafeOrderTest {

    private static final Column ID = new Column("id", "integer", true, null, null, null, null);
    private static final Column TEAM_ID = new Column("team_id", "integer", false, null, null, null, null);
    private static final Constraint UMPIRE_TEAM = foreignKey("umpires_team_id_fkey", "team_id", "teams");

    @Test
    void aForeignKeyIsDroppedBeforeTheTableItReferencesAndAddedAfterItIsCreated() {
        Table teams = new Table("teams", List.of(ID), List.of(), List.of());
        List<SchemaChange> changes = List.of(
                new DropTable(teams),
                new DropConstraint("umpires", UMPIRE_TEAM));

        assertThat(sql(changes)).containsExactly("ALTER TABLE umpires DROP CONSTRAINT umpires_team_id_fkey;", "DROP TABLE teams;");
        assertThat(sql(SchemaComparison.reverse(changes))).containsExactly(
                "CREATE TABLE teams (\n    id integer NOT NULL\n);",
                "ALTER TABLE umpires ADD CONSTRAINT umpires_team_id_fkey FOREIGN KEY (team_id) REFERENCES teams(id);");
    }

    @Test
    void newTablesAreAllCreatedBeforeTheirForeignKeys() {
        // "leagues" sorts before "teams", which it references: created in list order, its key would come too early.
        Table leagues = new Table("leagues", List.of(ID, TEAM_ID), List.of(foreignKey("leagues_team_id_fkey", "team_id", "teams")), List.of());
        Table teams = new Table("teams", List.of(ID), List.of(), List.of());

        assertThat(sql(List.of(new CreateTable(leagues), new CreateTable(teams)))).containsExactly(
                "CREATE TABLE leagues (\n    id integer NOT NULL,\n    team_id integer\n);",
                "CREATE TABLE teams (\n    id integer NOT NULL\n);",
                "ALTER TABLE leagues ADD CONSTRAINT leagues_team_id_fkey FOREIGN KEY (team_id) REFERENCES teams(id);");
    }

    @Test
    void twoDroppedTablesLoseTheKeyBetweenThemFirst() {
        Table umpires = new Table("umpires", List.of(ID, TEAM_ID), List.of(UMPIRE_TEAM), List.of());
        Table teams = new Table("teams", List.of(ID), List.of(), List.of());

        assertThat(sql(List.of(new DropTable(teams), new DropTable(umpires)))).containsExactly(
                "ALTER TABLE umpires DROP CONSTRAINT umpires_team_id_fkey;", "DROP TABLE teams;", "DROP TABLE umpires;");
    }

    @Test
    void constraintsAndIndexesOnAColumnGoBeforeTheColumnAndComeAfterIt() {
        Constraint unique = new Constraint("uq_team", Constraint.Kind.UNIQUE, "UNIQUE (team_id)", List.of("team_id"), null);
        List<SchemaChange> changes = List.of(
                new DropColumn("parks", TEAM_ID),
                new DropConstraint("parks", unique),
                new DropIndex(ChangeSqlTest.index("idx_park_team", "parks", "USING btree (team_id)")));

        assertThat(sql(changes)).containsExactly(
                "ALTER TABLE parks DROP CONSTRAINT uq_team;", "DROP INDEX idx_park_team;", "ALTER TABLE parks DROP COLUMN team_id;");
        assertThat(sql(SchemaComparison.reverse(changes))).containsExactly(
                "ALTER TABLE parks ADD COLUMN team_id integer;",
                "CREATE INDEX idx_park_team ON parks USING btree (team_id);",
                "ALTER TABLE parks ADD CONSTRAINT uq_team UNIQUE (team_id);");
    }

    @Test
    void aSerialSequenceIsCreatedBeforeItsTableOwnedAfterItAndDroppedWithIt() {
        Column serial = new Column("id", "integer", true, "nextval('umpires_id_seq'::regclass)", null, null, null);
        Table umpires = new Table("umpires", List.of(serial), List.of(), List.of());
        List<SchemaChange> changes = List.of(
                new CreateTable(umpires),
                new CreateSequence(ChangeSqlTest.sequence("umpires_id_seq", 1, "umpires.id")));

        assertThat(sql(changes)).containsExactly(
                "CREATE SEQUENCE umpires_id_seq AS integer START 1 INCREMENT 1 MINVALUE 1 MAXVALUE 2147483647 CACHE 1 NO CYCLE;",
                "CREATE TABLE umpires (\n    id integer DEFAULT nextval('umpires_id_seq'::regclass) NOT NULL\n);",
                "ALTER SEQUENCE umpires_id_seq OWNED BY umpires.id;");
        assertThat(SchemaComparison.reverse(changes)).first().isInstanceOf(DropSequence.class);
        assertThat(sql(SchemaComparison.reverse(changes))).containsExactly("DROP TABLE umpires;");
    }

    @Test
    void aDroppedColumnComesRightBeforeTheColumnsAddedToItsTable() {
        Column fullName = new Column("full_name", "text", false, null, null, null, null);
        Column name = new Column("name", "text", false, null, null, null, null);
        List<SchemaChange> changes = List.of(
                new AddColumn("teams", fullName),
                new CreateIndex(ChangeSqlTest.index("idx_team_full_name", "teams", "USING btree (full_name)")),
                new DropColumn("teams", name));

        assertThat(SafeOrder.of(changes, Check.TARGET)).extracting(SafeOrder.Step::comment).containsExactly(
                "teams.name: not in the models", "teams.full_name: missing", "index idx_team_full_name: missing");
    }

    @Test
    void aNewForeignKeyOnAnExistingTableIsAddedLast() {
        List<SchemaChange> changes = List.of(
                new AddConstraint("umpires", UMPIRE_TEAM),
                new AddColumn("umpires", TEAM_ID));

        assertThat(sql(changes)).containsExactly(
                "ALTER TABLE umpires ADD COLUMN team_id integer;",
                "ALTER TABLE umpires ADD CONSTRAINT umpires_team_id_fkey FOREIGN KEY (team_id) REFERENCES teams(id);");
    }

    private static List<String> sql(List<SchemaChange> changes) {
        return SafeOrder.of(changes, Check.TARGET).stream().flatMap(step -> ChangeSql.statements(step.change()).stream()).toList();
    }

    private static Constraint foreignKey(String name, String column, String target) {
        return new Constraint(name, Constraint.Kind.FOREIGN_KEY, "FOREIGN KEY (" + column + ") REFERENCES " + target + "(id)",
                List.of(column), new ForeignKey(List.of(column), target, List.of("id"), "NO ACTION", "NO ACTION"));
    }
}
