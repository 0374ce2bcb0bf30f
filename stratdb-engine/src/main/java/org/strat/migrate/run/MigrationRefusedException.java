package org.strat.migrate.run;

import org.strat.migrate.errors.ErrorCategory;
import org.strat.migrate.errors.StratDbException;

/**
 * The command cannot proceed from the database's state (below base, nothing applied, no downgrade section,
 * revisions the files do not know); it stopped before running any statement.
 */
public final class MigrationRefusedException extends StratDbException {

    public MigrationRefusedException(String message) {
        super(ErrorCategory.REFUSED, message);
    }
}
