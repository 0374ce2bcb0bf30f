package org.strat.migrate.startup;

import org.strat.errors.ErrorCategory;
import org.strat.errors.StratDbException;

/** The application refused to start: the schema is not at head, or it does not match the models. */
public final class SchemaNotReadyException extends StratDbException {

    public SchemaNotReadyException(String message, Throwable cause) {
        super(ErrorCategory.REFUSED, message, cause);
    }
}
