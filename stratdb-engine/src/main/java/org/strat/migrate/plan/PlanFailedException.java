package org.strat.migrate.plan;

import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;
import org.strat.migrate.errors.ErrorCategory;
import org.strat.migrate.errors.StratDbException;

import java.sql.SQLException;

/** A plan could not be measured (no scratch database, a statement the copy cannot run); nothing live was changed. */
public final class PlanFailedException extends StratDbException {

    public PlanFailedException(String message) {
        super(ErrorCategory.REFUSED, message);
    }

    public PlanFailedException(String message, Throwable cause) {
        super(ErrorCategory.REFUSED, message, cause);
    }

    /** The server's message on one line, with its detail (which names the view or rule in the way), if any. */
    static String describe(SQLException e) {
        ServerErrorMessage server = e instanceof PSQLException psql ? psql.getServerErrorMessage() : null;
        if (server == null || server.getMessage() == null) {
            String message = String.valueOf(e.getMessage());
            int newline = message.indexOf('\n');
            return (newline < 0 ? message : message.substring(0, newline)).replaceFirst("^ERROR:\\s*", "").strip();
        }
        String detail = server.getDetail() == null ? "" : " (" + server.getDetail().replaceAll("\\s+", " ").strip() + ")";
        return server.getMessage() + detail;
    }
}
