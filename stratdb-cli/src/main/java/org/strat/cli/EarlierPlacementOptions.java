package org.strat.cli;

import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.Duration;

/**
 * The options that earlier releases accepted before the command name ({@code stratdb --url URL upgrade}), still
 * accepted there so that existing scripts keep working, but not shown: each command's {@code --help} lists the
 * options it uses. A value given after the command name wins over one given before it.
 */
final class EarlierPlacementOptions {

    @Option(names = DatabaseOptions.URL, hidden = true)
    String url;

    @Option(names = RevisionsOption.NAME, hidden = true)
    Path revisionsDirectory;

    @Option(names = LockOptions.LOCK_WAIT, hidden = true, converter = SecondsOption.LockWait.class)
    Duration lockWait;

    @Option(names = LockOptions.LOCK_TIMEOUT, hidden = true, converter = SecondsOption.LockTimeout.class)
    Duration lockTimeout;

    @Option(names = LockOptions.STATEMENT_TIMEOUT, hidden = true, converter = SecondsOption.StatementTimeout.class)
    Duration statementTimeout;

    @Option(names = {"-q", DatabaseOptions.QUIET}, hidden = true)
    boolean quiet;
}
