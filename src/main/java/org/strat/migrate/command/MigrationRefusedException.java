package org.strat.migrate.command;

/**
 * The command cannot proceed from the database's state (below base, nothing applied, no downgrade section,
 * revisions the files do not know); it stopped before running any statement.
 */
public final class MigrationRefusedException extends RuntimeException {

    public MigrationRefusedException(String message) {
        super(message);
    }
}
