package org.strat.db;

import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.boot.spi.MetadataImplementor;
import org.hibernate.tool.schema.spi.SchemaManagementToolCoordinator;
import org.strat.migrate.autogen.DesiredSchema;
import org.strat.model.StratModel;

import java.io.StringWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The CREATE statements Hibernate writes for a set of entity classes, exported offline: no connection is opened,
 * so the target database is never touched (facts.md: Hibernate 7 has no SchemaExport; the schema-management
 * coordinator writes the script instead).
 *
 * <p>The DDL is rendered under {@link EntityManagerFactories.ModelDialect}, the dialect under which the models'
 * DDL is the revisions' DDL. This is the only class of the migration tool that loads Hibernate: only
 * {@code revision --autogenerate} and {@code check} reach it, never upgrade, current or history. Thread-safe.
 */
public final class ModelDdl {

    // Hibernate logs through java.util.logging here (EntityManagerFactories says why), and an offline export reports
    // its version and the missing connection provider, which a user of check did not ask about. The field keeps
    // the logger, and so its level, alive: java.util.logging holds loggers weakly.
    private static final Logger HIBERNATE_LOG = Logger.getLogger("org.hibernate");

    private ModelDdl() {
    }

    /** The strat models' schema, for check and autogenerate. */
    public static DesiredSchema stratModels() {
        return of(StratModel.ENTITY_CLASSES);
    }

    /** The schema a set of entity classes maps (tests use entity sets of their own). */
    public static DesiredSchema of(List<Class<?>> entityClasses) {
        List<Class<?>> classes = List.copyOf(entityClasses);
        return () -> export(classes);
    }

    /** The script, one statement per line, each ending with ";". */
    public static String export(List<Class<?>> entityClasses) {
        StringWriter script = new StringWriter();
        Map<String, Object> settings = new HashMap<>();
        settings.put("hibernate.boot.allow_jdbc_metadata_access", false);
        settings.put("hibernate.dialect", EntityManagerFactories.ModelDialect.class.getName());
        settings.put("jakarta.persistence.schema-generation.scripts.action", "create");
        settings.put("jakarta.persistence.schema-generation.scripts.create-target", script);
        settings.put("hibernate.hbm2ddl.delimiter", ";");
        Level levelBefore = HIBERNATE_LOG.getLevel();
        HIBERNATE_LOG.setLevel(Level.SEVERE);
        StandardServiceRegistry registry = new StandardServiceRegistryBuilder().applySettings(settings).build();
        try {
            MetadataSources sources = new MetadataSources(registry);
            entityClasses.forEach(sources::addAnnotatedClass);
            MetadataImplementor metadata = (MetadataImplementor) sources.buildMetadata();
            SchemaManagementToolCoordinator.process(metadata, registry, settings, action -> { });
        } finally {
            StandardServiceRegistryBuilder.destroy(registry);
            HIBERNATE_LOG.setLevel(levelBefore);
        }
        return script.toString();
    }
}
