package org.strat.migrate.startup;

/** The application refused to start: the schema is not at head, or it does not match the models. */
public final class SchemaNotReadyException extends RuntimeException {

    public SchemaNotReadyException(String message, Throwable cause) {
        super(message, cause);
    }
}
