package org.strat.db;

import org.strat.migrate.errors.ErrorCategory;
import org.strat.migrate.errors.StratDbException;

/** The application refused to start: the schema is not at head, or it does not match the models. */
public final class SchemaNotReadyException extends StratDbException {

    public SchemaNotReadyException(String message, Throwable cause) {
        super(ErrorCategory.REFUSED, message, cause);
    }
}
