package org.strat.testing;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;

/**
 * Runs a SQL script the way an operator restores one: with {@code psql -v ON_ERROR_STOP=1 -f} when psql is on this
 * machine, else (CI need not have psql) by a small reader of the same script format: statements ending in ";" at
 * the end of a line, and {@code COPY ... FROM stdin;} followed by its rows up to a line "\.". Either way a failed
 * statement fails the test.
 */
public final class PsqlScript {

    private PsqlScript() {
    }

    /** Whether the restore goes through psql here; tests report it so a run without psql is visible. */
    public static boolean psqlAvailable() {
        if (Boolean.getBoolean("stratdb.test.noPsql")) {
            return false; // to exercise the reader CI uses where there is no psql
        }
        for (String directory : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(directory, "psql"))) {
                return true;
            }
        }
        return false;
    }

    public static void restore(TestDatabase database, Path script) throws IOException, SQLException, InterruptedException {
        if (psqlAvailable()) {
            viaPsql(database, script);
        } else {
            System.err.println("psql is not on PATH: restoring " + script.getFileName() + " with PsqlScript's own reader");
            viaCopyManager(database, script);
        }
    }

    private static void viaPsql(TestDatabase database, Path script) throws IOException, InterruptedException {
        Process psql = new ProcessBuilder("psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", database.url(), "-f", script.toString())
                .redirectErrorStream(true).start();
        String output = new String(psql.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!psql.waitFor(60, TimeUnit.SECONDS) || psql.exitValue() != 0) {
            throw new AssertionError("psql could not restore " + script + ": " + output);
        }
    }

    private static void viaCopyManager(TestDatabase database, Path script) throws IOException, SQLException {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
             BufferedReader lines = Files.newBufferedReader(script, StandardCharsets.UTF_8)) {
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            StringBuilder sql = new StringBuilder();
            String line;
            while ((line = lines.readLine()) != null) {
                if (sql.isEmpty() && (line.isBlank() || line.startsWith("--"))) {
                    continue;
                }
                sql.append(line).append('\n');
                if (!line.stripTrailing().endsWith(";")) {
                    continue;
                }
                String text = sql.toString().strip();
                sql.setLength(0);
                if (text.toUpperCase().startsWith("COPY ") && text.toUpperCase().endsWith("FROM STDIN;")) {
                    StringBuilder rows = new StringBuilder();
                    String row;
                    while ((row = lines.readLine()) != null && !row.equals("\\.")) {
                        rows.append(row).append('\n');
                    }
                    copy.copyIn(text.substring(0, text.length() - 1), new StringReader(rows.toString()));
                } else {
                    statement.execute(text);
                }
            }
        }
    }
}
