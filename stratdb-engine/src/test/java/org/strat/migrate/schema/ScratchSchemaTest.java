package org.strat.migrate.schema;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.strat.migrate.connect.DatabaseSettings;
import org.strat.migrate.run.MigrationRefusedException;
import org.strat.migrate.session.MigrationContext;
import org.strat.migrate.stamp.Stamp;
import org.strat.testing.FreshDatabaseExtension;
import org.strat.testing.Sql;
import org.strat.testing.TestDatabase;
import org.strat.testing.TestRevisions;
import org.strat.testing.UnversionedDatabase;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Stamp builds revisions where it may: a user without CREATEDB, and without CREATE on the database. */
@ExtendWith(FreshDatabaseExtension.class)
class ScratchSchemaTest {

    @Test
    void aUserWhoMayNotCreateSchemasIsToldWhatToGrantOrCanNameAnEmptySchema(TestDatabase database) throws SQLException {
        MigrationContext owner = TestRevisions.context(database, "adoption");
        UnversionedDatabase.at(database, owner, "001");
        String role = "stamper_" + database.name().substring(0, database.name().indexOf('_'));
        Sql.execute(database, "CREATE ROLE " + role + " LOGIN NOCREATEDB; CREATE SCHEMA scratch;"
                + " GRANT USAGE, CREATE ON SCHEMA scratch TO " + role + "; GRANT USAGE, CREATE ON SCHEMA public TO " + role);
        MigrationContext asRole = owner.withSettings(new DatabaseSettings(database.jdbcUrl(), role, null,
                DatabaseSettings.Source.URL_OPTION));
        try {
            assertThatThrownBy(() -> new Stamp(asRole).run("001", false))
                    .isInstanceOf(MigrationRefusedException.class)
                    .hasMessageContaining("user \"" + role + "\" of database \"" + database.name()
                            + "\" may not create a schema in this database")
                    .hasMessageContaining("GRANT CREATE ON DATABASE " + database.name() + " TO " + role)
                    .hasMessageContaining("--scratch-schema");

            assertThat(new Stamp(asRole, "scratch").run("001", false).recorded()).containsExactly("001");
            assertThat(Sql.count(database, "SELECT count(*) FROM pg_class WHERE relnamespace = 'scratch'::regnamespace")).isZero();
            assertThatThrownBy(() -> new Stamp(asRole, "no_such_schema").run("001", false))
                    .hasMessageContaining("Scratch schema \"no_such_schema\" does not exist");
            Sql.execute(database, "CREATE TABLE scratch.leftover (id int)");
            assertThatThrownBy(() -> new Stamp(asRole, "scratch").run("001", false))
                    .hasMessageContaining("Scratch schema \"scratch\" holds 1 object(s); it must be empty");
        } finally {
            Sql.execute(database, "DROP OWNED BY " + role);
            try (Connection connection = database.server().superuserConnection("postgres");
                 Statement statement = connection.createStatement()) {
                statement.execute("DROP ROLE " + role);
            }
        }
    }

    @Test
    void concurrentlyIsDroppedOnlyFromTheStatementsThatCannotRunInATransaction() {
        assertThat(ScratchSchema.withoutConcurrently("-- rebuilt\nCREATE UNIQUE INDEX CONCURRENTLY idx ON t (a)"))
                .isEqualTo("CREATE UNIQUE INDEX idx ON t (a)");
        assertThat(ScratchSchema.withoutConcurrently("REFRESH MATERIALIZED VIEW CONCURRENTLY game_stats"))
                .isEqualTo("REFRESH MATERIALIZED VIEW game_stats");
        assertThat(ScratchSchema.withoutConcurrently("INSERT INTO notes VALUES ('CREATE INDEX CONCURRENTLY')"))
                .isEqualTo("INSERT INTO notes VALUES ('CREATE INDEX CONCURRENTLY')");
    }
}
