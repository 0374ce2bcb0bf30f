package org.strat.db.revisions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.strat.migrate.Migrations;
import org.strat.migrate.graph.Revision;
import org.strat.migrate.graph.RevisionGraph;
import org.strat.migrate.revision.RevisionSource;
import org.strat.migrate.run.Downgrade;
import org.strat.migrate.session.MigrationContext;
import org.strat.testing.CatalogSnapshot.Scope;
import org.strat.testing.CatalogSnapshot;
import org.strat.testing.FreshDatabaseExtension;
import org.strat.testing.TestDatabase;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every revision's downgrade undoes exactly its upgrade: going down and up again leaves the same catalog.
 *
 * <p>The stairway walks every revision in order (upgrade to it, downgrade to its parent, upgrade to it again), so
 * a revision whose downgrade forgets an index or drops one too many fails here with the object named.
 */
@ExtendWith(FreshDatabaseExtension.class)
class MigrationRoundTripTest {

    private static final String BASE = "base";

    @Test
    void downgradeToBaseLeavesNothingButTheToolsOwnTables(TestDatabase database) throws SQLException {
        MigrationContext context = contextFor(database);
        DatabaseObjects before = DatabaseObjects.of(database);

        Migrations.of(context).upgrade("head");
        new Downgrade(context).run(BASE);

        DatabaseObjects after = DatabaseObjects.of(database);
        assertThat(after.schema().differencesFrom(before.schema()))
                .as("objects in schema public after downgrade base, besides the tool's own (stratdb_*)")
                .isEmpty();
        assertThat(after.schemas()).as("schemas after downgrade base").isEqualTo(before.schemas());
        assertThat(after.extensions()).as("extensions after downgrade base").isEqualTo(before.extensions());
    }

    @Test
    void upgradeAfterDowngradeToBaseRebuildsTheSameSchema(TestDatabase database) throws SQLException {
        MigrationContext context = contextFor(database);

        Migrations.of(context).upgrade("head");
        CatalogSnapshot first = snapshot(database, Scope.EVERYTHING);
        new Downgrade(context).run(BASE);
        Migrations.of(context).upgrade("head");
        CatalogSnapshot second = snapshot(database, Scope.EVERYTHING);

        assertThat(first.isEmpty()).as("catalog at head is empty: no revision ran").isFalse();
        assertThat(second.differencesFrom(first)).as("catalog after upgrade, downgrade base, upgrade vs the first upgrade")
                .isEmpty();
    }

    @Test
    void everyRevisionSurvivesTheStairway(TestDatabase database) throws SQLException {
        MigrationContext context = contextFor(database);
        RevisionGraph graph = context.graph();
        assertThat(graph.topologicalOrder()).as("revisions on the classpath").isNotEmpty();
        Map<String, CatalogSnapshot> firstTime = new HashMap<>();
        firstTime.put(BASE, snapshot(database, Scope.WITHOUT_TOOL_TABLES));
        List<String> differences = new ArrayList<>();
        Set<String> applied = Set.of();

        for (Revision revision : graph.topologicalOrder()) {
            Set<String> ancestry = graph.ancestorsInclusive(revision.id());
            // After a side branch the database holds revisions that are not this one's ancestors; start from base
            // so that each snapshot is the schema of exactly one revision's ancestry.
            if (!ancestry.containsAll(applied)) {
                new Downgrade(context).run(BASE);
            }
            Migrations.of(context).upgrade(revision.id());
            CatalogSnapshot up = snapshot(database, Scope.WITHOUT_TOOL_TABLES);
            firstTime.put(revision.id(), up);

            String parent = parentOf(revision);
            new Downgrade(context).run(parent);
            if (!revision.isMerge()) {
                differences.addAll(label(revision.label() + " -> downgrade " + parent + ": ",
                        snapshot(database, Scope.WITHOUT_TOOL_TABLES).differencesFrom(firstTime.get(parent))));
            }

            Migrations.of(context).upgrade(revision.id());
            differences.addAll(label(revision.label() + " -> upgrade again: ",
                    snapshot(database, Scope.WITHOUT_TOOL_TABLES).differencesFrom(up)));
            applied = ancestry;
        }

        assertThat(differences).as("catalog differences from the first visit of the same revision").isEmpty();
    }

    // A merge has several parents and no single one to go back to; "-1" removes just the merge revision.
    private static String parentOf(Revision revision) {
        if (revision.isBase()) {
            return BASE;
        }
        return revision.isMerge() ? "-1" : revision.downRevisions().get(0);
    }

    private static List<String> label(String prefix, List<String> differences) {
        return differences.stream().map(difference -> prefix + difference).toList();
    }

    private static MigrationContext contextFor(TestDatabase database) {
        return MigrationContext.of(database.settings(), RevisionSource.classpath());
    }

    private static CatalogSnapshot snapshot(TestDatabase database, Scope scope) throws SQLException {
        try (Connection connection = database.connect()) {
            return CatalogSnapshot.of(connection, scope);
        }
    }

    /** What a migration could leave outside schema public: other schemas and extensions, by name. */
    private record DatabaseObjects(CatalogSnapshot schema, List<String> schemas, List<String> extensions) {

        static DatabaseObjects of(TestDatabase database) throws SQLException {
            try (Connection connection = database.connect()) {
                return new DatabaseObjects(CatalogSnapshot.of(connection, Scope.WITHOUT_TOOL_TABLES),
                        names(connection, "SELECT nspname FROM pg_namespace"
                                + " WHERE nspname NOT LIKE 'pg\\_%' AND nspname NOT LIKE 'stratdb%' ORDER BY 1"),
                        names(connection, "SELECT extname || ' ' || extversion FROM pg_extension ORDER BY 1"));
            }
        }

        private static List<String> names(Connection connection, String query) throws SQLException {
            List<String> names = new ArrayList<>();
            try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(query)) {
                while (rows.next()) {
                    names.add(rows.getString(1));
                }
            }
            return names;
        }
    }
}
