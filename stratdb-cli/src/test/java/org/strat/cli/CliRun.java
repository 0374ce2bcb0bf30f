package org.strat.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * One run of the real command line, in process, with its environment, working directory and captured output.
 *
 * <p>{@link #err()} is standard error without the "Database: ..." line every database command starts with (tests
 * of that line read {@link #databaseLine()}), so that tests of an error still see it as the single line it is.
 */
record CliRun(int exitCode, String out, String err, String databaseLine) {

    private static final String DATABASE_LINE = "Database: ";

    static CliRun of(Map<String, String> environment, Path workingDirectory, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exitCode = Main.run(args, environment, workingDirectory, new PrintWriter(out, true), new PrintWriter(err, true));
        String all = err.toString();
        int start = all.startsWith(DATABASE_LINE) ? 0 : all.indexOf("\n" + DATABASE_LINE) + 1;
        String databaseLine = null;
        String rest = all;
        if (start > 0 || all.startsWith(DATABASE_LINE)) {
            int end = all.indexOf('\n', start);
            databaseLine = all.substring(start, end < 0 ? all.length() : end).stripTrailing();
            rest = all.substring(0, start) + (end < 0 ? "" : all.substring(end + 1));
        }
        return new CliRun(exitCode, out.toString(), rest, databaseLine);
    }

    List<String> errLines() {
        return err.lines().toList();
    }

    String everything() {
        return out + (databaseLine == null ? "" : databaseLine + System.lineSeparator()) + err;
    }
}
