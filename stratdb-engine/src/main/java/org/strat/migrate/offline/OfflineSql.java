package org.strat.migrate.offline;

import org.strat.migrate.graph.Revision;
import org.strat.migrate.graph.RevisionGraph;
import org.strat.migrate.history.Direction;
import org.strat.migrate.history.MigrationLock;
import org.strat.migrate.history.SchemaHistory;
import org.strat.migrate.revision.RevisionFile;
import org.strat.migrate.run.EmptySections;
import org.strat.migrate.run.InvalidTargetException;
import org.strat.migrate.session.MigrationContext;
import org.strat.migrate.sql.SqlResource;

import java.util.List;
import java.util.Set;

/**
 * Print the SQL of an upgrade or downgrade, bookkeeping included, without connecting to any database (Alembic's
 * offline mode), for a DBA to review and apply with {@code psql -v ON_ERROR_STOP=1 -f FILE}.
 *
 * <p>Ranges are {@code from:to}; {@code from} is {@code base} or a revision, and for upgrades it may be left out
 * ({@code head} means {@code base:head}). The script takes the same advisory lock as stratdb, and gives every
 * transactional revision its own transaction, so that it stops at a revision boundary like an online run.
 */
public final class OfflineSql {

    private final MigrationContext context;

    public OfflineSql(MigrationContext context) {
        this.context = context;
    }

    public String upgrade(String range) {
        RevisionGraph graph = context.graph();
        String[] parts = split(range, "upgrade");
        Set<String> from = appliedAt(graph, parts[0] == null ? "base" : parts[0]);
        List<String> targets = switch (parts[1]) {
            case "head" -> {
                Revision head = graph.singleHead(parts[1]);
                yield head == null ? List.of() : List.of(head.id());
            }
            case "heads" -> graph.heads().stream().map(Revision::id).toList();
            default -> List.of(graph.resolve(parts[1]).id());
        };
        List<Revision> path = graph.upgradePath(from, targets);
        EmptySections.requireUpgradeStatements(path.stream().map(revision -> context.file(revision.id())).toList(),
                "write the upgrade");
        StringBuilder script = header("upgrade", range);
        for (Revision revision : path) {
            RevisionFile file = context.file(revision.id());
            revisionBlock(script, file, file.upgradeStatements(), Direction.UPGRADE,
                    SchemaHistory.insertRevisionLiteral(file.id(), file.checksum(), file.fileName(), file.text()));
        }
        return footer(script, path.size());
    }

    public String downgrade(String range) {
        RevisionGraph graph = context.graph();
        String[] parts = split(range, "downgrade");
        if (parts[0] == null) {
            throw new InvalidTargetException("Offline downgrade needs the revision to start from: stratdb downgrade head:"
                    + parts[1] + " --sql (no database is read to find it).");
        }
        Set<String> from = appliedAt(graph, parts[0]);
        Set<String> keep = appliedAt(graph, parts[1]);
        List<Revision> path = graph.downgradePath(from, keep);
        EmptySections.requireDowngradeStatements(path.stream().map(revision -> context.file(revision.id())).toList(),
                "write the downgrade", "Write its downgrade SQL first.");
        StringBuilder script = header("downgrade", range);
        for (Revision revision : path) {
            RevisionFile file = context.file(revision.id());
            revisionBlock(script, file, file.downgradeStatements(), Direction.DOWNGRADE,
                    SchemaHistory.deleteRevisionLiteral(file.id()));
        }
        return footer(script, path.size());
    }

    private static String[] split(String range, String command) {
        String value = range == null ? "head" : range.strip();
        int colon = value.indexOf(':');
        if (colon < 0) {
            return new String[] {null, value};
        }
        if (colon == 0 || colon == value.length() - 1) {
            throw new InvalidTargetException("\"" + value + "\" is not a range; write FROM:TO, e.g. stratdb " + command
                    + (command.equals("upgrade") ? " base:head" : " head:base") + " --sql.");
        }
        return new String[] {value.substring(0, colon), value.substring(colon + 1)};
    }

    private static Set<String> appliedAt(RevisionGraph graph, String argument) {
        if (argument.equals("base")) {
            return Set.of();
        }
        if (argument.equals("head")) {
            Revision head = graph.singleHead(argument);
            return head == null ? Set.of() : graph.ancestorsInclusive(head.id());
        }
        return graph.ancestorsInclusive(graph.resolve(argument).id());
    }

    private StringBuilder header(String command, String range) {
        StringBuilder script = new StringBuilder();
        script.append("-- stratdb ").append(command).append(' ').append(range == null ? "head" : range)
                .append(": offline SQL, written without connecting to any database.\n")
                .append("-- Apply with: psql -v ON_ERROR_STOP=1 -f <this file>\n\n")
                .append("SET client_min_messages = warning;\n")
                .append("-- The migration lock every stratdb process takes: no other migrator runs meanwhile.\n")
                .append("SELECT pg_advisory_lock(").append(MigrationLock.KEY).append(");\n")
                .append(SqlResource.of(SchemaHistory.class, "create")).append(";\n")
                .append("SET lock_timeout = '").append(context.timeouts().lockTimeout().toMillis()).append("ms';\n");
        return script;
    }

    private static void revisionBlock(StringBuilder script, RevisionFile file, List<String> statements, Direction direction,
                                      String bookkeeping) {
        script.append("\n-- ").append(direction.sqlName()).append(' ').append(file.id()).append(": ").append(file.message())
                .append(" (").append(file.fileName()).append(")\n");
        if (file.transactional()) {
            script.append("BEGIN;\n");
        } else {
            script.append("-- Runs outside a transaction (transactional: false).\n");
        }
        for (String statement : statements) {
            script.append(terminated(statement));
        }
        if (!file.transactional()) {
            script.append("BEGIN;\n");
        }
        script.append(bookkeeping).append(";\n")
                .append(SchemaHistory.logLiteral(file.id(), direction, file.checksum())).append(";\n")
                .append("COMMIT;\n");
    }

    private static String footer(StringBuilder script, int revisions) {
        script.append("\nSELECT pg_advisory_unlock(").append(MigrationLock.KEY).append(");\n")
                .append("-- ").append(revisions).append(" revision(s).\n");
        return script.toString();
    }

    /** A statement ending in a line comment must not swallow its own semicolon. */
    private static String terminated(String statement) {
        String lastLine = statement.substring(statement.lastIndexOf('\n') + 1);
        return statement + (lastLine.contains("--") ? "\n;\n" : ";\n");
    }
}
