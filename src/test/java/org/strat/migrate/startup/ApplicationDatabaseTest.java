package org.strat.migrate.startup;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.strat.migrate.command.MigrationContext;
import org.strat.migrate.command.Upgrade;
import org.strat.migrate.revision.RevisionSource;
import org.strat.testing.FreshDatabaseExtension;
import org.strat.testing.Sql;
import org.strat.testing.TestDatabase;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@ExtendWith(FreshDatabaseExtension.class)
class ApplicationDatabaseTest {

    @TempDir
    Path revisions;

    @Test
    void startUpRefusesAnEmptyDatabaseAndCreatesNothing(TestDatabase database) {
        assertThatThrownBy(() -> ApplicationDatabase.open(database.settings()))
                .isInstanceOf(SchemaNotReadyException.class)
                .hasMessageContaining("is at base (no revision applied), the application expects 004_stat_views (head)")
                .hasMessageContaining("Run \"stratdb upgrade head\"");
        assertThat(Sql.tables(database)).isEmpty();
    }

    @Test
    void startUpRefusesADatabaseOneRevisionBehind(TestDatabase database) throws Exception {
        RevisionSource withNext = packagedPlusOneMore();
        new Upgrade(MigrationContext.of(database.settings(), withNext)).run("004_stat_views");

        assertThatThrownBy(() -> ApplicationDatabase.open(database.settings(), withNext))
                .isInstanceOf(SchemaNotReadyException.class)
                .hasMessageContaining("is at 004_stat_views, the application expects 005_next (head)");
    }

    @Test
    void startUpAcceptsADatabaseAtHeadAndTheModelsValidateAgainstIt(TestDatabase database) {
        new Upgrade(MigrationContext.of(database.settings(), RevisionSource.classpath())).run("head");

        try (ApplicationDatabase application = ApplicationDatabase.open(database.settings())) {
            EntityManager entityManager = application.entityManagerFactory().createEntityManager();
            try {
                assertThat(entityManager.createQuery("select count(g) from Game g", Long.class).getSingleResult()).isZero();
            } finally {
                entityManager.close();
            }
        }
    }

    @Test
    void startUpRefusesASchemaAtHeadThatNoLongerMatchesTheModels(TestDatabase database) {
        new Upgrade(MigrationContext.of(database.settings(), RevisionSource.classpath())).run("head");
        Sql.execute(database, "ALTER TABLE plays DROP COLUMN hit_location");

        assertThatThrownBy(() -> ApplicationDatabase.open(database.settings()))
                .isInstanceOf(SchemaNotReadyException.class)
                .hasMessageContaining("does not match the models")
                .hasMessageContaining("hit_location");
    }

    private RevisionSource packagedPlusOneMore() throws Exception {
        for (var file : RevisionSource.classpath().load()) {
            Path source = Path.of(getClass().getClassLoader().getResource("db/revisions/" + file.fileName()).toURI());
            Files.copy(source, revisions.resolve(file.fileName()));
        }
        Files.writeString(revisions.resolve("005_next.sql"), """
                -- revision: 005_next
                -- down_revision: 004_stat_views
                -- message: A revision this database has not seen yet
                -- date: 2026-11-26

                -- upgrade
                CREATE TABLE next_feature (id integer);

                -- downgrade
                DROP TABLE next_feature;
                """);
        return RevisionSource.directory(revisions);
    }
}
