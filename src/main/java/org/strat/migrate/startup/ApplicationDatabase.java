package org.strat.migrate.startup;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceException;
import org.strat.db.DatabaseSettings;
import org.strat.db.EntityManagerFactories;
import org.strat.db.UrlMasking;
import org.strat.migrate.command.Current;
import org.strat.migrate.command.CurrentResult;
import org.strat.migrate.command.MigrationContext;
import org.strat.migrate.revision.RevisionSource;

import javax.sql.DataSource;

/**
 * The application's database start-up, in place of the old {@code create_all()}: it creates nothing, and refuses
 * to start unless the schema is at the head of the packaged revisions and the models validate against it.
 *
 * <p>Usage: {@code try (ApplicationDatabase database = ApplicationDatabase.open(settings)) { … }}. The instance
 * owns the connection pool and the entity manager factory, both thread-safe, and closes them.
 */
public final class ApplicationDatabase implements AutoCloseable {

    private final HikariDataSource pool;
    private final EntityManagerFactory entityManagerFactory;

    private ApplicationDatabase(HikariDataSource pool, EntityManagerFactory entityManagerFactory) {
        this.pool = pool;
        this.entityManagerFactory = entityManagerFactory;
    }

    public static ApplicationDatabase open(DatabaseSettings settings) {
        return open(settings, RevisionSource.classpath());
    }

    /** Checks the schema first on one plain connection (so a failure reads clearly), then opens the pool. */
    public static ApplicationDatabase open(DatabaseSettings settings, RevisionSource revisions) {
        requireHead(settings, revisions);
        HikariDataSource pool = new HikariDataSource(poolConfig(settings));
        try {
            return new ApplicationDatabase(pool, EntityManagerFactories.create(pool, true));
        } catch (PersistenceException e) {
            pool.close();
            throw new SchemaNotReadyException("The schema at " + settings.displayUrl() + " is at head but does not match"
                    + " the models: " + UrlMasking.scrub(rootMessage(e), settings.password())
                    + ". Run \"stratdb check\" to list the differences, then write a revision that closes them.", e);
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
    }

    static void requireHead(DatabaseSettings settings, RevisionSource revisions) {
        CurrentResult current = new Current(MigrationContext.of(settings, revisions)).run();
        if (!current.atHead()) {
            String at = current.current().isEmpty() ? "base (no revision applied)" : String.join(" + ", current.current());
            String unknown = current.unknown().isEmpty() ? ""
                    : " It also has revision(s) " + String.join(", ", current.unknown()) + " that this build does not know: deploy the newer build.";
            throw new SchemaNotReadyException("The database at " + settings.displayUrl() + " is at " + at
                    + ", the application expects " + String.join(" + ", current.heads()) + " (head)." + unknown
                    + (current.unknown().isEmpty() ? " Run \"stratdb upgrade head\" and start again." : ""), null);
        }
    }

    private static HikariConfig poolConfig(DatabaseSettings settings) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("strat");
        config.setJdbcUrl(settings.jdbcUrl());
        config.setUsername(settings.user());
        config.setPassword(settings.password());
        config.addDataSourceProperty("ApplicationName", "strat-gameplay");
        return config;
    }

    private static String rootMessage(Throwable error) {
        Throwable cause = error;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getMessage();
    }

    public DataSource dataSource() {
        return pool;
    }

    public EntityManagerFactory entityManagerFactory() {
        return entityManagerFactory;
    }

    @Override
    public void close() {
        try {
            entityManagerFactory.close();
        } finally {
            pool.close();
        }
    }
}
