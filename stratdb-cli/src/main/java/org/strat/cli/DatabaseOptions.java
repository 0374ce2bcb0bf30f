package org.strat.cli;

import picocli.CommandLine.Option;

/** The options of a command that works on a database: which one, and whether to name it on standard error. */
public final class DatabaseOptions {

    static final String URL = "--url";
    static final String QUIET = "--quiet";

    @Option(names = URL, paramLabel = "URL",
            description = "Database URL: postgresql://user:password@host:port/database or jdbc:postgresql://host:port/database."
                    + " Default: $STRAT_DATABASE_URL, else libpq's PG* variables (PGHOST, PGPORT, PGUSER, PGDATABASE, ...),"
                    + " else the embedded database in the project's .strat. An empty value is an error.")
    String url;

    @Option(names = {"-q", QUIET},
            description = "Do not print the \"Database: ...\" line that names the database before the command works on it.")
    boolean quiet;
}
