package org.strat.db;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.strat.migrate.Migrations;
import org.strat.migrate.connect.DatabaseSettings;
import org.strat.migrate.connect.UnableToConnectException;
import org.strat.migrate.revision.RevisionSource;
import org.strat.migrate.session.MigrationContext;
import org.strat.testing.FreshDatabaseExtension;
import org.strat.testing.LegacyDatabase;
import org.strat.testing.Sql;
import org.strat.testing.TestDatabase;
import org.strat.testing.UnversionedDatabase;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@ExtendWith(FreshDatabaseExtension.class)
class ApplicationDatabaseTest {

    private static final String HEAD = StartupCheck.revisionGraph(RevisionSource.classpath()).heads().get(0).id();

    @TempDir
    Path revisions;

    @Test
    void startUpRefusesAnEmptyDatabaseAndCreatesNothing(TestDatabase database) {
        assertThatThrownBy(() -> ApplicationDatabase.open(database.settings()))
                .isInstanceOf(SchemaNotReadyException.class)
                .hasMessageContaining("is at base (no revision applied), the application expects " + HEAD + " (head)")
                .hasMessageContaining("Run \"stratdb upgrade head\"");
        assertThat(Sql.tables(database)).isEmpty();
    }

    @Test
    void startUpRefusesADatabaseThePythonAppBuiltAndPointsAtAdopt(TestDatabase database) {
        LegacyDatabase.createAll(database);

        assertThatThrownBy(() -> ApplicationDatabase.open(database.settings()))
                .isInstanceOf(SchemaNotReadyException.class)
                .hasMessageContaining("is at base (no revision applied)")
                .hasMessageContaining("Its tables exist, but stratdb has no revision recorded")
                .hasMessageContaining("Run \"stratdb adopt\"");
        assertThat(UnversionedDatabase.hasBookkeeping(database)).isFalse();
    }

    @Test
    void startUpRefusesADatabaseOneRevisionBehind(TestDatabase database) throws Exception {
        RevisionSource withNext = packagedPlusOneMore();
        Migrations.of(MigrationContext.of(database.settings(), withNext)).upgrade(HEAD);

        assertThatThrownBy(() -> ApplicationDatabase.open(database.settings(), withNext))
                .isInstanceOf(SchemaNotReadyException.class)
                .hasMessageContaining("is at " + HEAD + ", the application expects 999_next (head)");
    }

    @Test
    void startUpRefusesADatabaseThatANewerBuildMigrated(TestDatabase database) throws Exception {
        Migrations.of(MigrationContext.of(database.settings(), packagedPlusOneMore())).upgrade("head");

        assertThatThrownBy(() -> ApplicationDatabase.open(database.settings()))
                .isInstanceOf(SchemaNotReadyException.class)
                .hasMessageContaining("is at " + HEAD + ", the application expects " + HEAD + " (head). It also"
                        + " has revision(s) 999_next that this build does not know: deploy the newer build.")
                .hasMessageNotContaining("stratdb upgrade");
    }

    @Test
    void startUpAcceptsADatabaseAtHeadAndTheModelsValidateAgainstIt(TestDatabase database) {
        Migrations.of(MigrationContext.of(database.settings(), RevisionSource.classpath())).upgrade("head");

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
        Migrations.of(MigrationContext.of(database.settings(), RevisionSource.classpath())).upgrade("head");
        Sql.execute(database, "ALTER TABLE plays DROP COLUMN hit_location");

        assertThatThrownBy(() -> ApplicationDatabase.open(database.settings()))
                .isInstanceOf(SchemaNotReadyException.class)
                .hasMessageContaining("does not match the models")
                .hasMessageContaining("hit_location");
    }

    @Test
    void startUpRefusesAColumnWhoseTypeNoLongerFitsTheModels(TestDatabase database) {
        Migrations.of(MigrationContext.of(database.settings(), RevisionSource.classpath())).upgrade("head");
        Sql.execute(database, "ALTER TABLE games DROP CONSTRAINT games_status_check,"
                + " ALTER COLUMN status DROP DEFAULT, ALTER COLUMN status TYPE integer USING 0");

        assertThatThrownBy(() -> ApplicationDatabase.open(database.settings()))
                .isInstanceOf(SchemaNotReadyException.class)
                .hasMessageContaining("is at head but does not match the models:"
                        + " games.status: type integer here, varchar(20) in the models.")
                .hasMessageContaining("Run \"stratdb check\"");
    }

    @Test
    void startUpRefusesAMissingTableAndNamesEveryMismatchOnOneLine(TestDatabase database) {
        Migrations.of(MigrationContext.of(database.settings(), RevisionSource.classpath())).upgrade("head");
        Sql.execute(database, "DROP TABLE game_cardset_links; ALTER TABLE plays DROP COLUMN hit_location");

        assertThatThrownBy(() -> ApplicationDatabase.open(database.settings()))
                .isInstanceOf(SchemaNotReadyException.class)
                .hasMessageContaining("does not match the models: game_cardset_links: table missing;"
                        + " plays.hit_location: missing.")
                .hasMessageNotContaining("\n");
    }

    @Test
    void theCheckRunsAgainOnTheOpenApplicationAndSeesLaterChanges(TestDatabase database) {
        Migrations.of(MigrationContext.of(database.settings(), RevisionSource.classpath())).upgrade("head");

        try (ApplicationDatabase application = ApplicationDatabase.open(database.settings())) {
            assertThat(application.check().ready()).isTrue();

            Sql.execute(database, "ALTER TABLE plays DROP COLUMN hit_location");
            StartupCheckResult result = application.check();

            assertThat(result.atHead()).isTrue();
            assertThat(result.mismatches()).extracting(SchemaMismatch::describe)
                    .containsExactly("plays.hit_location: missing");
        }
    }

    @Test
    void startUpRefusesADatabaseThatCannotBeReachedSayingWhy() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        DatabaseSettings unreachable = new DatabaseSettings("jdbc:postgresql://localhost:" + closedPort + "/strat",
                "postgres", null, DatabaseSettings.Source.URL_OPTION);

        assertThatThrownBy(() -> ApplicationDatabase.open(unreachable))
                .isInstanceOf(UnableToConnectException.class)
                .hasMessageContaining("connection refused. Is PostgreSQL running there?");
    }

    private RevisionSource packagedPlusOneMore() throws Exception {
        for (var file : RevisionSource.classpath().load()) {
            Path source = Path.of(getClass().getClassLoader().getResource("db/revisions/" + file.fileName()).toURI());
            Files.copy(source, revisions.resolve(file.fileName()));
        }
        Files.writeString(revisions.resolve("999_next.sql"), """
                -- revision: 999_next
                -- down_revision: %s
                -- message: A revision this database has not seen yet
                -- date: 2026-11-26

                -- upgrade
                CREATE TABLE next_feature (id integer);

                -- downgrade
                DROP TABLE next_feature;
                """.formatted(HEAD));
        return RevisionSource.directory(revisions);
    }
}
