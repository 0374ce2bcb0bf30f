package org.strat.migrate.run;

import org.strat.migrate.catalog.Identifiers;
import org.strat.migrate.sql.SqlResource;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

/**
 * Clears what an interrupted {@code CREATE INDEX CONCURRENTLY} leaves behind before it is run again, and tells
 * whether an interrupted concurrent index statement had in fact completed.
 *
 * <p>A CIC that fails or is killed part-way leaves an INVALID index of the same name, which makes the retry fail
 * with "already exists" (or, with IF NOT EXISTS, silently keeps the useless index). The index is dropped, also
 * concurrently, and the statement runs again (PostgreSQL documentation, CREATE INDEX, "Building Indexes
 * Concurrently"). A concurrent statement cannot share a transaction with the record of its completion, so a run
 * killed between the two leaves a VALID index (or, for a drop, none) that the record does not know about.
 */
final class InvalidIndexRecovery {

    private InvalidIndexRecovery() {
    }

    /** Drops the INVALID leftover of this statement's index, if any; returns its name when it did. */
    static Optional<String> dropLeftover(Connection connection, String statementText) throws SQLException {
        Optional<IndexStatement> statement = IndexStatement.of(statementText).filter(IndexStatement::creates);
        if (statement.isEmpty()) {
            return Optional.empty();
        }
        Optional<Found> found = find(connection, statement.get());
        if (found.isEmpty() || found.get().valid()) {
            return Optional.empty();
        }
        try (Statement drop = connection.createStatement()) {
            drop.execute("DROP INDEX CONCURRENTLY IF EXISTS " + found.get().qualified());
        }
        return found.map(Found::qualified);
    }

    /**
     * Whether this statement, interrupted before its completion could be recorded, had completed: a concurrent
     * create whose index now exists and is valid, or a concurrent drop whose index is gone.
     */
    static boolean completed(Connection connection, String statementText) throws SQLException {
        Optional<IndexStatement> statement = IndexStatement.of(statementText);
        if (statement.isEmpty()) {
            return false;
        }
        if (statement.get().creates()) {
            return find(connection, statement.get()).map(Found::valid).orElse(false);
        }
        try (PreparedStatement exists = connection.prepareStatement(SqlResource.of(InvalidIndexRecovery.class, "index-exists"))) {
            exists.setString(1, statement.get().index());
            try (ResultSet rows = exists.executeQuery()) {
                rows.next();
                return !rows.getBoolean(1);
            }
        }
    }

    private record Found(String qualified, boolean valid) {
    }

    private static Optional<Found> find(Connection connection, IndexStatement statement) throws SQLException {
        try (PreparedStatement find = connection.prepareStatement(SqlResource.of(InvalidIndexRecovery.class, "find-index"))) {
            find.setString(1, statement.index());
            find.setString(2, statement.table());
            try (ResultSet rows = find.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Found(Identifiers.quote(rows.getString(1)) + "." + Identifiers.quote(rows.getString(2)),
                        rows.getBoolean(3)));
            }
        }
    }
}
