package org.strat.migrate.command;

import org.strat.errors.ErrorCategory;
import org.strat.errors.StratDbException;

/**
 * The command cannot proceed from the database's state (below base, nothing applied, no downgrade section,
 * revisions the files do not know); it stopped before running any statement.
 */
public final class MigrationRefusedException extends StratDbException {

    public MigrationRefusedException(String message) {
        super(ErrorCategory.REFUSED, message);
    }
}
