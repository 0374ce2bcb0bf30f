package org.strat.db;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.strat.migrate.Migrations;
import org.strat.migrate.connect.DatabaseSettings;
import org.strat.migrate.revision.RevisionSource;
import org.strat.migrate.session.MigrationContext;
import org.strat.testing.FreshDatabaseExtension;
import org.strat.testing.Sql;
import org.strat.testing.TestDatabase;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The application needs no DDL rights at run time: SELECT, INSERT, UPDATE and DELETE on its tables are enough. */
@ExtendWith(FreshDatabaseExtension.class)
class ApplicationRoleTest {

    @Test
    void theApplicationStartsAsARoleThatCanOnlyReadAndWriteRows(TestDatabase database) throws Exception {
        Migrations.of(MigrationContext.of(database.settings(), RevisionSource.classpath())).upgrade("head");
        String role = "app_" + database.name();
        Sql.execute(database, "CREATE ROLE " + role + " LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE");
        Sql.execute(database, "REVOKE CREATE ON SCHEMA public FROM PUBLIC");
        Sql.execute(database, "GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO " + role);
        Sql.execute(database, "GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO " + role);
        DatabaseSettings asApplication = new DatabaseSettings(database.jdbcUrl(), role, null, DatabaseSettings.Source.URL_OPTION);
        try {
            try (ApplicationDatabase application = ApplicationDatabase.open(asApplication)) {
                EntityManager entityManager = application.entityManagerFactory().createEntityManager();
                try {
                    assertThat(entityManager.createQuery("select count(g) from Game g", Long.class).getSingleResult()).isZero();
                } finally {
                    entityManager.close();
                }
            }
            try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), role, null);
                 Statement statement = connection.createStatement()) {
                assertThatThrownBy(() -> statement.execute("CREATE TABLE sneaky (id int)"))
                        .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
            }
        } finally {
            Sql.execute(database, "DROP OWNED BY " + role);
            Sql.execute(database, "DROP ROLE " + role);
        }
    }
}
