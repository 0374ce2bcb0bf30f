package org.strat.migrate.autogen;

import org.strat.db.UrlMasking;
import org.strat.migrate.catalog.SchemaChange;
import org.strat.migrate.catalog.SchemaReader;
import org.strat.migrate.catalog.SchemaSnapshot;
import org.strat.migrate.command.CurrentResult;
import org.strat.migrate.command.DatabaseAccessException;
import org.strat.migrate.command.MigrationContext;
import org.strat.migrate.command.VerifiedState;
import org.strat.model.StratModel;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Compare the models with the database at head, and list where they differ.
 *
 * <p>The database must be at head, with every applied revision file as it was applied (an edited one is refused
 * with {@code EditedRevisionException}, as upgrade refuses it). The models' schema is Hibernate's DDL for the entity
 * classes, built in a scratch schema that is rolled back ({@link ModelSnapshot}), so nothing is written and no lock
 * is taken. Objects the models cannot describe (views, materialized views, sequences of their own) are not
 * compared ({@link ModelComparison}).
 *
 * <p>Usage: {@code new Check(context).check()} in a script; {@code run()} for the {@link CheckResult}.
 */
public final class Check {

    /** How {@link SchemaChange#describe(String)} names the models: "plays.season: not in the models". */
    public static final String TARGET = "in the models";

    private final MigrationContext context;
    private final List<Class<?>> entityClasses;

    public Check(MigrationContext context) {
        this(context, StratModel.ENTITY_CLASSES);
    }

    /** @param entityClasses the models to compare with (tests use entity sets of their own) */
    public Check(MigrationContext context, List<Class<?>> entityClasses) {
        this.context = context;
        this.entityClasses = List.copyOf(entityClasses);
    }

    public CheckResult run() {
        context.graph(); // revision files are checked before any connection opens
        try (Connection connection = context.connections().open()) {
            CurrentResult position = VerifiedState.of(context, connection);
            if (!position.atHead()) {
                return new CheckResult(position, List.of());
            }
            SchemaReader reader = new SchemaReader(connection);
            String schema = reader.currentSchema();
            SchemaSnapshot live = reader.read(schema, SchemaReader.Scope.APPLICATION);
            SchemaSnapshot models = ModelSnapshot.read(connection, schema, entityClasses);
            return new CheckResult(position, ModelComparison.compare(live, models));
        } catch (SQLException e) {
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("");
            throw new DatabaseAccessException("Could not read the schema to compare it with the models: "
                    + UrlMasking.scrub(message, context.connections().settings().password())
                    + ". Nothing was changed; check that the user may read the catalog and create a schema, then retry.", e);
        }
    }

    /**
     * {@link #run()} for scripts: returns quietly when the models and the database agree.
     *
     * @throws DifferencesFoundException when they differ or the database is not at head
     */
    public CheckResult check() {
        CheckResult result = run();
        if (!result.passed()) {
            throw new DifferencesFoundException(result);
        }
        return result;
    }
}
