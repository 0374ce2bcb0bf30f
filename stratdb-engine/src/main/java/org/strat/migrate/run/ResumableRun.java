package org.strat.migrate.run;

import org.strat.migrate.history.Direction;
import org.strat.migrate.history.RevisionProgress;
import org.strat.migrate.history.SchemaHistory;
import org.strat.migrate.revision.RevisionFile;
import org.strat.migrate.sql.SqlLexer;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Runs the statements of a revision that runs outside a transaction so that an interruption anywhere can be
 * resumed: each statement commits together with the record of its completion in stratdb_progress where
 * PostgreSQL allows it, and is recorded right after where it does not (a concurrent index build cannot run in a
 * transaction block). A rerun continues after the last recorded statement, once it has dropped the INVALID index
 * the interrupted statement may have left, and skips that statement when it had in fact completed.
 */
final class ResumableRun {

    /** active_sql_transaction ("cannot run inside a transaction block"), invalid_transaction_termination. */
    private static final Set<String> NEEDS_ITS_OWN_TRANSACTION = Set.of("25001", "2D000");

    private final Connection connection;
    private final SchemaHistory history;
    private final RevisionFile file;
    private final Direction direction;
    private final List<String> statements;

    ResumableRun(Connection connection, SchemaHistory history, RevisionFile file, Direction direction, List<String> statements) {
        this.connection = connection;
        this.history = history;
        this.file = file;
        this.direction = direction;
        this.statements = statements;
    }

    /** Where a run stands, for the failure message: the statement running (0-based) and how many are recorded. */
    static final class Position {
        int running = -1;
        int done;
        boolean bookkeeping;
    }

    /**
     * Refuses a command whose first revision to run is not the one a stopped run left part-way: running others
     * over a half-applied revision (or half-reverted one) would build on statements whose counterparts are missing.
     */
    static void requireNoOtherInterruptedRun(SchemaHistory history, String firstRevision, Direction direction)
            throws SQLException {
        for (RevisionProgress run : history.progress()) {
            if (run.statementsDone() == 0 || (run.revision().equals(firstRevision) && run.direction() == direction)) {
                continue; // nothing of it applied, or it is what this command resumes first
            }
            throw leftPartWay(run);
        }
    }

    /**
     * Refuses to call a database up to date (an upgrade with nothing to apply) while the downgrade of a revision it
     * still records as applied stopped part-way: that revision's schema is half reverted, and a deploy reading
     * "nothing to upgrade" would go ahead on it.
     */
    static void requireNoInterruptedDowngrade(SchemaHistory history) throws SQLException {
        for (RevisionProgress run : history.progress()) {
            if (run.statementsDone() > 0 && run.direction() == Direction.DOWNGRADE) {
                throw leftPartWay(run);
            }
        }
    }

    private static MigrationRefusedException leftPartWay(RevisionProgress run) {
        return new MigrationRefusedException("The " + run.direction().sqlName() + " of revision " + run.revision()
                + " stopped part-way, with " + run.describeDone() + " applied (they stay applied), so nothing was run."
                + " Finish it first: run " + run.finishCommand() + ", which resumes where it stopped; then run this"
                + " command.");
    }

    /** Runs the statements not yet recorded as done; returns notes for the log. */
    List<String> run(Position position) throws SQLException {
        connection.setAutoCommit(true);
        Optional<RevisionProgress> interrupted = history.progress(file.id());
        int start = interrupted.isPresent() ? resumableFrom(interrupted.get()) : 0;
        if (interrupted.isEmpty()) {
            record(0); // from here on, a rerun knows that statement 1 may have started
        }
        position.done = start;
        List<String> notes = new ArrayList<>();
        interrupted.filter(run -> run.statementsDone() > 0).ifPresent(run -> notes.add((start < statements.size()
                ? "resumed at statement " + (start + 1) + " of " + statements.size() : "recorded only now")
                + " after an interrupted run that began " + run.startedAt().withNano(0) + " (" + run.describeDone()
                + " applied then)"));
        for (int i = start; i < statements.size(); i++) {
            String sql = statements.get(i);
            position.running = i;
            connection.setAutoCommit(true);
            Optional<String> dropped = InvalidIndexRecovery.dropLeftover(connection, sql);
            dropped.ifPresent(index -> notes.add("dropped INVALID index " + index + " left by an interrupted run"));
            if (i == start && interrupted.isPresent() && InvalidIndexRecovery.completed(connection, sql)) {
                notes.add("statement " + (i + 1) + " had completed before the interruption");
                record(i + 1);
            } else {
                execute(sql, i + 1);
            }
            position.done = i + 1;
        }
        return notes;
    }

    private int resumableFrom(RevisionProgress run) {
        int done = run.statementsDone();
        if (run.direction() != direction) {
            throw new MigrationRefusedException("The " + run.direction().sqlName() + " of revision " + file.toRevision().label()
                    + " was interrupted with " + run.describeDone() + " applied, and they stay applied; this "
                    + direction.sqlName() + " would run over them. Finish that " + run.direction().sqlName()
                    + " first (run it again: it resumes where it stopped), then run this command.");
        }
        if (done > statements.size() || !checksum(statements.subList(0, done)).equals(run.doneChecksum())) {
            throw new MigrationRefusedException("The " + direction.sqlName() + " of revision " + file.toRevision().label()
                    + " was interrupted with " + run.describeDone() + " applied, and the file's first " + done
                    + " statement(s) have changed since, so resuming after them could skip or repeat work. Restore"
                    + " those statements as they were (later ones may change), then run the command again.");
        }
        return done;
    }

    /** Runs one statement and records it in one transaction, or alone and then recorded when it cannot be in one. */
    private void execute(String sql, int done) throws SQLException {
        boolean alone = mustRunAlone(sql);
        connection.setAutoCommit(alone);
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            if (alone || !NEEDS_ITS_OWN_TRANSACTION.contains(e.getSQLState())) {
                throw e;
            }
            connection.rollback();
            connection.setAutoCommit(true);
            try (Statement statement = connection.createStatement()) {
                statement.execute(sql);
            }
        }
        record(done);
    }

    private void record(int done) throws SQLException {
        connection.setAutoCommit(false);
        history.saveProgress(file.id(), direction, file.checksum(), done, statements.size(),
                checksum(statements.subList(0, done)));
        connection.commit();
    }

    /** The statements PostgreSQL refuses in a transaction block, known up front so that none is tried in one. */
    private static boolean mustRunAlone(String sql) {
        List<String> tokens = SqlLexer.tokens(sql).stream().map(token -> token.toUpperCase(Locale.ROOT)).toList();
        if (tokens.isEmpty()) {
            return false;
        }
        String first = tokens.get(0);
        String second = tokens.size() > 1 ? tokens.get(1) : "";
        return IndexStatement.of(sql).isPresent()
                || first.equals("VACUUM")
                || (first.equals("REINDEX") && tokens.contains("CONCURRENTLY"))
                || (first.equals("ALTER") && second.equals("TABLE") && tokens.contains("DETACH") && tokens.contains("CONCURRENTLY"))
                || (first.equals("ALTER") && second.equals("SYSTEM"))
                || ((first.equals("CREATE") || first.equals("DROP")) && (second.equals("DATABASE") || second.equals("TABLESPACE")));
    }

    static String checksum(List<String> statements) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String statement : statements) {
                digest.update(statement.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
