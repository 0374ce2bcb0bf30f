package org.strat.migrate.autogen;

import org.strat.migrate.catalog.SchemaReader;
import org.strat.migrate.catalog.SchemaSnapshot;
import org.strat.migrate.catalog.change.SchemaChange;
import org.strat.migrate.connect.UrlMasking;
import org.strat.migrate.session.DatabaseAccessException;
import org.strat.migrate.session.MigrationContext;
import org.strat.migrate.state.CurrentResult;
import org.strat.migrate.state.VerifiedState;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Compare the models with the database at head, and list where they differ.
 *
 * <p>The database must be at head, with every applied revision file as it was applied (an edited one is refused
 * with {@code EditedRevisionException}, as upgrade refuses it). The models' schema ({@link DesiredSchema}) is built in a scratch schema that is rolled back ({@link ModelSnapshot}), so nothing is written and no lock
 * is taken. Objects the models cannot describe (views, materialized views, sequences of their own) are not
 * compared ({@link ModelComparison}).
 *
 * <p>Usage: {@code new Check(context).check()} in a script; {@code run()} for the {@link CheckResult}.
 */
public final class Check {

    /** How {@link SchemaChange#describe(String)} names the models: "plays.season: not in the models". */
    public static final String TARGET = "in the models";

    private final MigrationContext context;
    private final DesiredSchema models;

    /** @param models the schema the models describe (tests use entity sets of their own) */
    public Check(MigrationContext context, DesiredSchema models) {
        this.context = context;
        this.models = models;
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
            SchemaSnapshot desired = ModelSnapshot.read(connection, schema, models);
            return new CheckResult(position, ModelComparison.compare(live, desired));
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
