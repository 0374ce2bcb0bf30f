package org.strat.cli.migrate;

import org.strat.cli.Output;
import org.strat.migrate.lint.LintFinding;
import org.strat.migrate.plan.BlockingSession;
import org.strat.migrate.plan.PlanResult;
import org.strat.migrate.plan.PlannedStatement;
import org.strat.migrate.plan.RelationLock;
import org.strat.migrate.plan.RelationSize;
import org.strat.migrate.plan.RevisionPlan;

import java.io.PrintWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Prints a {@link PlanResult} for a person: per revision its statements with what each does, then a summary. Tables
 * and views are named; a table's indexes are counted (every index of a rewritten table is rebuilt with it), and
 * {@code --json} names them all.
 */
final class PlanText {

    private static final int SQL_WIDTH = 110;

    private PlanText() {
    }

    static void print(PrintWriter out, PlanResult plan) {
        Map<String, String> kinds = new HashMap<>();
        plan.statements().forEach(statement -> statement.locks().forEach(lock -> kinds.put(lock.relation(), lock.kind())));
        if (plan.nothingToDo()) {
            out.println("Nothing to upgrade: the database is at " + Output.revisions(plan.from()) + ".");
            return;
        }
        out.println("Plan for \"upgrade " + plan.target() + "\" from " + Output.revisions(plan.from()) + ": "
                + plan.revisions().size() + " revision(s), " + plan.statements().size() + " statement(s).");
        out.println("Measured on a schema-only copy of the live schema in a scratch database (dropped again);"
                + " nothing ran on the live database.");
        for (RevisionPlan revision : plan.revisions()) {
            out.println();
            out.println("Revision " + revision.revision() + " \"" + revision.message() + "\" ("
                    + (revision.transactional() ? "one transaction: locks are held until it commits"
                    : "no transaction: each statement commits on its own") + ")");
            plan.statements().stream().filter(statement -> statement.revision().equals(revision.revision()))
                    .forEach(statement -> printStatement(out, statement, kinds));
            out.println("  Summary: " + summary(revision, kinds));
        }
        if (!plan.relations().isEmpty()) {
            out.println();
            out.println("Live relations touched (pg_class, as of their last VACUUM/ANALYZE):");
            plan.relations().values().stream().filter(size -> size.kind() != 'i' && size.kind() != 'I')
                    .forEach(size -> out.println("  " + describe(size)));
        }
        out.println();
        out.println("Times estimated from the live sizes: " + plan.estimation() + ".");
    }

    private static void printStatement(PrintWriter out, PlannedStatement statement, Map<String, String> kinds) {
        out.println("  " + statement.number() + ". " + Output.clip(statement.sql().strip().replaceAll("\\s+", " "), SQL_WIDTH));
        out.println("     locks:    " + (statement.locks().isEmpty() ? "none on existing relations" : locks(statement.locks())));
        if (!statement.rewrites().isEmpty()) {
            out.println("     rewrites: " + names(statement.rewrites(), kinds));
        }
        if (!statement.indexBuiltOn().isEmpty()) {
            out.println("     builds an index on: " + String.join(", ", statement.indexBuiltOn()));
        }
        if (!statement.scans().isEmpty()) {
            out.println("     reads:    " + String.join(", ", statement.scans()));
        }
        out.println("     time:     " + seconds(statement.estimatedSeconds()));
        if (!statement.transactional()) {
            out.println("     runs outside a transaction");
        }
        if (statement.note() != null) {
            out.println("     note:     " + statement.note());
        }
        Map<Integer, List<BlockingSession>> bySession = statement.blockedBy().stream()
                .collect(Collectors.groupingBy(BlockingSession::pid, java.util.LinkedHashMap::new, Collectors.toList()));
        bySession.values().forEach(held -> out.println(waitsFor(held, kinds)));
        for (LintFinding finding : statement.lint()) {
            out.println("     lint:     " + finding.ruleId() + ": " + finding.message()
                    + (finding.acknowledged() ? " (acknowledged: " + finding.acknowledgement() + ")" : ""));
        }
    }

    /** One line per session: what it holds, tables named and indexes counted. */
    private static String waitsFor(List<BlockingSession> held, Map<String, String> kinds) {
        BlockingSession session = held.get(0);
        String who = "     WAITS FOR pid " + session.pid() + " (" + blank(session.applicationName()) + ", "
                + blank(session.state()) + ", transaction open " + seconds(session.seconds()) + ")";
        if (session.onlyOpenTransaction()) {
            return who + ": a concurrent index build waits for every transaction older than itself to end";
        }
        Map<String, List<String>> byMode = new TreeMap<>(held.stream().filter(lock -> !lock.onlyOpenTransaction())
                .collect(Collectors.groupingBy(lock -> lock.holds().pgName(),
                        Collectors.mapping(BlockingSession::relation, Collectors.toList()))));
        String holding = byMode.entrySet().stream().map(entry -> entry.getKey() + " on " + names(entry.getValue(), kinds))
                .collect(Collectors.joining(", "));
        return who + " holding " + holding + "; every later query on them would queue behind this statement";
    }

    private static String locks(List<RelationLock> locks) {
        String named = locks.stream().filter(lock -> !lock.onIndex()).map(lock -> lock.relation() + " " + lock.mode().pgName()
                + (lock.documented() ? " (from documentation: cannot run in a transaction to measure)" : ""))
                .collect(Collectors.joining(", "));
        Map<String, Long> indexModes = new TreeMap<>(locks.stream().filter(RelationLock::onIndex)
                .collect(Collectors.groupingBy(lock -> lock.mode().pgName(), Collectors.counting())));
        if (indexModes.isEmpty()) {
            return named;
        }
        String indexes = indexModes.entrySet().stream().map(entry -> entry.getValue() + " " + entry.getKey())
                .collect(Collectors.joining(", "));
        return (named.isEmpty() ? "" : named + "; ") + "indexes: " + indexes;
    }

    /** Tables and views by name, indexes counted. */
    private static String names(List<String> relations, Map<String, String> kinds) {
        List<String> named = relations.stream().filter(name -> !"index".equals(kinds.get(name))).toList();
        long indexes = relations.size() - named.size();
        return String.join(", ", named) + (indexes == 0 ? "" : (named.isEmpty() ? "" : " and ") + indexes + " index(es)");
    }

    private static String summary(RevisionPlan revision, Map<String, String> kinds) {
        String strongest = revision.strongest() == null ? "no lock on an existing relation"
                : "strongest lock " + revision.strongest().pgName() + " on " + String.join(", ", revision.strongestOn())
                + " (" + revision.strongest().blocks() + ")";
        String hold = revision.longestHoldOn() == null ? "" : "; longest hold " + seconds(revision.longestHoldSeconds())
                + " on " + revision.longestHoldOn();
        String rewritten = "; rewrites " + (revision.rewritten().isEmpty() ? "nothing" : names(revision.rewritten(), kinds));
        long open = revision.lint().stream().filter(finding -> !finding.acknowledged()).count();
        return strongest + hold + rewritten + "; lint: " + revision.lint().size() + " finding(s), " + open
                + " unacknowledged";
    }

    private static String describe(RelationSize size) {
        String rows = size.rows() == null ? "rows unknown (never analyzed)" : String.format(Locale.ROOT, "%,d rows", size.rows());
        String bytes = size.bytes() == size.ownBytes() ? bytes(size.bytes())
                : bytes(size.bytes()) + " (" + bytes(size.ownBytes()) + " without indexes)";
        return String.format(Locale.ROOT, "%-28s %s, %s", size.name(), rows, bytes);
    }

    static String bytes(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        String[] units = {"kB", "MB", "GB", "TB"};
        double value = bytes;
        int unit = -1;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        return String.format(Locale.ROOT, "%.1f %s", value, units[unit]);
    }

    static String seconds(double seconds) {
        if (seconds < 0.1) {
            return "< 0.1 s";
        }
        if (seconds < 60) {
            return String.format(Locale.ROOT, "%.1f s", seconds);
        }
        long whole = Math.round(seconds);
        if (whole < 3600) {
            return whole / 60 + " min " + whole % 60 + " s";
        }
        return whole / 3600 + " h " + whole % 3600 / 60 + " min";
    }

    private static String blank(String text) {
        return text == null || text.isEmpty() ? "-" : text;
    }
}
