package org.strat.testing;

import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.boot.spi.MetadataImplementor;
import org.hibernate.tool.schema.spi.SchemaManagementToolCoordinator;
import org.strat.db.EntityManagerFactories;
import org.strat.model.StratModel;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The DDL Hibernate writes for the entities, exported offline (no connection; facts.md), as a database built
 * "straight from the models" would have it: what the original backend's create_all did before migrations.
 */
public final class ModelSchema {

    // Hibernate reports its version and "no connection provider" on every offline export; the export needs neither.
    // The field keeps the java.util.logging logger, and so its level, alive.
    private static final Logger HIBERNATE_LOG = Logger.getLogger("org.hibernate");

    private ModelSchema() {
    }

    /** The CREATE statements for every entity, under the dialect the application uses. */
    public static String ddl() {
        HIBERNATE_LOG.setLevel(Level.SEVERE);
        Path target = null;
        try {
            target = Files.createTempFile("stratdb-model", ".sql");
            Files.delete(target); // Hibernate appends to an existing file
            Map<String, Object> settings = new HashMap<>();
            settings.put("hibernate.boot.allow_jdbc_metadata_access", false);
            settings.put("hibernate.dialect", EntityManagerFactories.ModelDialect.class.getName());
            settings.put("jakarta.persistence.schema-generation.scripts.action", "create");
            settings.put("jakarta.persistence.schema-generation.scripts.create-target", target.toString());
            settings.put("hibernate.hbm2ddl.delimiter", ";");
            StandardServiceRegistry registry = new StandardServiceRegistryBuilder().applySettings(settings).build();
            try {
                MetadataSources sources = new MetadataSources(registry);
                StratModel.ENTITY_CLASSES.forEach(sources::addAnnotatedClass);
                MetadataImplementor metadata = (MetadataImplementor) sources.buildMetadata();
                SchemaManagementToolCoordinator.process(metadata, registry, settings, action -> { });
            } finally {
                StandardServiceRegistryBuilder.destroy(registry);
            }
            return Files.readString(target);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (target != null) {
                target.toFile().delete();
            }
        }
    }

    /** Creates the entities' tables in the database, as Hibernate's schema export would. */
    public static void create(TestDatabase database) {
        Sql.execute(database, ddl());
    }
}
