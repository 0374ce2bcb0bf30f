package org.strat.stats;

import org.strat.migrate.errors.ErrorCategory;
import org.strat.migrate.errors.StratDbException;

import java.sql.SQLException;

/** A statement of the stats code failed in the database; the message carries PostgreSQL's first line. */
public final class StatsQueryException extends StratDbException {

    public StatsQueryException(String what, SQLException cause) {
        super(ErrorCategory.REFUSED, "Could not " + what + ": " + firstLine(cause) + ". Check that the database user may read plays,"
                + " lineups, games and the stat views, then retry (--verbose shows the details).", cause);
    }

    private static String firstLine(SQLException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int newline = message.indexOf('\n');
        return (newline < 0 ? message : message.substring(0, newline)).replaceFirst("^ERROR:\\s*", "").strip();
    }
}
