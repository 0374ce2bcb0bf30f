package org.strat.db;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.dialect.PostgreSQLDialect;
import org.hibernate.jpa.HibernatePersistenceConfiguration;
import org.hibernate.tool.schema.Action;
import org.strat.model.StratModel;

import javax.sql.DataSource;

/**
 * Builds the application's JPA {@link EntityManagerFactory} for the gameplay model on a given data source.
 *
 * <p>Usage: {@code try (EntityManagerFactory factory = EntityManagerFactories.create(pool, true)) { … }}.
 * The caller owns and closes both the factory and the data source; the factory is thread-safe, its entity
 * managers are not.
 */
public final class EntityManagerFactories {

    private static final String PERSISTENCE_UNIT = "stratdb";

    private EntityManagerFactories() {
    }

    /**
     * Creates the factory. The entity classes are listed explicitly ({@link StratModel#ENTITY_CLASSES}) instead of
     * found by scanning, so that no persistence.xml is read and start-up does not depend on the packaging.
     *
     * @param validateSchema whether Hibernate checks at start-up that every mapped table and column exists with
     *                       a compatible type, failing with a {@code SchemaManagementException} when not
     */
    public static EntityManagerFactory create(DataSource dataSource, boolean validateSchema) {
        HibernatePersistenceConfiguration configuration = new HibernatePersistenceConfiguration(PERSISTENCE_UNIT)
                .managedClasses(StratModel.ENTITY_CLASSES)
                .property(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, dataSource)
                // Named, not detected, so that a connection problem surfaces as a connection error, not as
                // "unable to determine Dialect".
                .property(AvailableSettings.DIALECT, PostgreSQLDialect.class.getName())
                // The schema belongs to the migrations: Hibernate may only look at it, never create or alter it.
                .schemaToolingAction(validateSchema ? Action.VALIDATE : Action.NONE)
                .showSql(false, false, false);
        return configuration.createEntityManagerFactory();
    }
}
