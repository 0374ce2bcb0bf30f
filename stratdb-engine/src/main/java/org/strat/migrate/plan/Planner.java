package org.strat.migrate.plan;

import org.strat.migrate.catalog.SchemaReader;
import org.strat.migrate.catalog.SchemaSnapshot;
import org.strat.migrate.connect.DatabaseSettings;
import org.strat.migrate.lint.LintFinding;
import org.strat.migrate.lint.LintResult;
import org.strat.migrate.revision.RevisionFile;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.UnaryOperator;

/**
 * Measures pending revisions against a copy of the live schema: reads the live schema, sizes and lock holders,
 * builds the {@link ScratchDatabase}, traces every statement in order ({@link StatementTracer}) and puts the
 * answers together with the lint findings. Runs nothing on the live database but catalog reads.
 *
 * <p>Usage: {@code new Planner(live, settings, ScratchSchema::withoutConcurrently).plan(target, from, files, lint)}.
 * The caller owns the live connection, which must be in autocommit.
 */
public final class Planner {

    /** duplicate_table, duplicate_column, duplicate_object, duplicate_schema (PostgreSQL Appendix A). */
    private static final Set<String> DUPLICATE_OBJECT_STATES = Set.of("42P07", "42701", "42710", "42P06");

    private final Connection live;
    private final DatabaseSettings settings;
    private final UnaryOperator<String> inTransaction;

    public Planner(Connection live, DatabaseSettings settings, UnaryOperator<String> inTransaction) {
        this.live = live;
        this.settings = settings;
        this.inTransaction = inTransaction;
    }

    public PlanResult plan(String target, List<String> from, List<RevisionFile> pending, LintResult lint)
            throws SQLException {
        if (pending.isEmpty()) {
            return new PlanResult(target, from, List.of(), List.of(), Map.of(), HoldEstimate.method());
        }
        SchemaReader reader = new SchemaReader(live);
        String schema = reader.currentSchema();
        SchemaSnapshot snapshot = reader.read(schema, SchemaReader.Scope.EVERYTHING);
        LiveDatabase database = new LiveDatabase(live, schema);
        Map<String, RelationSize> sizes = database.sizes();
        List<BlockingSession> held = database.heldLocks();
        List<BlockingSession> openTransactions = database.openTransactions();
        List<PlannedStatement> statements = new ArrayList<>();
        try (ScratchDatabase scratch = ScratchDatabase.create(live, settings, snapshot)) {
            StatementTracer tracer = new StatementTracer(scratch.connection(), schema, inTransaction);
            for (RevisionFile file : pending) {
                List<String> sql = file.upgradeStatements();
                for (int i = 0; i < sql.size(); i++) {
                    StatementTrace trace = withViewQueriesRead(trace(tracer, file, i + 1, sql.get(i)));
                    statements.add(new PlannedStatement(file.id(), i + 1, sql.get(i), file.transactional(),
                            trace.locks(), trace.rewrites(), trace.scans(), trace.indexBuiltOn(),
                            HoldEstimate.seconds(trace, sizes), blockers(trace, held, openTransactions),
                            findings(lint, file.id(), i + 1), trace.note()));
                }
            }
        }
        List<RevisionPlan> revisions = pending.stream().map(file -> summary(file, statements, lint)).toList();
        return new PlanResult(target, from, revisions, statements, touched(statements, sizes), HoldEstimate.method());
    }

    private static StatementTrace trace(StatementTracer tracer, RevisionFile file, int number, String sql) {
        try {
            return tracer.trace(sql);
        } catch (SQLException e) {
            String remedy = DUPLICATE_OBJECT_STATES.contains(e.getSQLState())
                    ? "It would fail the same way on upgrade: if this database was built without stratdb, adopt it"
                    + " instead (\"stratdb adopt\"); otherwise fix the revision."
                    : "It would fail the same way on upgrade: fix the revision.";
            throw new PlanFailedException("Statement " + number + " of revision " + file.id() + " (" + file.fileName()
                    + ") failed on the scratch copy of the live schema: " + oneLine(sql) + " -> "
                    + PlanFailedException.describe(e) + ". " + remedy + " Nothing was changed.", e);
        }
    }

    /**
     * A refresh reads every table its view's query names, but on the empty copy the executor may skip a join's
     * other side, so the scan counters miss some: the tables a statement that rebuilds a materialized view (locks it
     * EXCLUSIVE or stronger) only locks ACCESS SHARE are the ones its query reads.
     */
    private static StatementTrace withViewQueriesRead(StatementTrace trace) {
        boolean refresh = trace.locks().stream().anyMatch(lock -> lock.kind().equals("materialized view")
                && lock.mode().compareTo(LockMode.EXCLUSIVE) >= 0);
        if (!refresh) {
            return trace;
        }
        Set<String> scans = new TreeSet<>(trace.scans());
        trace.locks().stream().filter(lock -> lock.kind().equals("table") && lock.mode() == LockMode.ACCESS_SHARE)
                .forEach(lock -> scans.add(lock.relation()));
        return new StatementTrace(trace.locks(), trace.rewrites(), List.copyOf(scans), trace.indexBuiltOn(), trace.note());
    }

    /**
     * Sessions holding, on a relation the statement locks, a mode that conflicts with what it waits for; and for a
     * concurrent index build, every transaction open now in this database, which it waits out after its scans.
     */
    private static List<BlockingSession> blockers(StatementTrace trace, List<BlockingSession> held,
                                                  List<BlockingSession> openTransactions) {
        Set<BlockingSession> blocking = new LinkedHashSet<>();
        for (RelationLock lock : trace.locks()) {
            held.stream().filter(session -> session.relation().equals(lock.relation()))
                    .filter(session -> session.holds().conflictsWith(lock.waitsFor()))
                    .forEach(blocking::add);
        }
        boolean concurrentBuild = trace.locks().stream().anyMatch(RelationLock::documented)
                && !(trace.indexBuiltOn().isEmpty() && trace.rewrites().isEmpty());
        if (concurrentBuild) {
            Set<Integer> named = new TreeSet<>();
            blocking.forEach(session -> named.add(session.pid()));
            openTransactions.stream().filter(session -> !named.contains(session.pid())).forEach(blocking::add);
        }
        return List.copyOf(blocking);
    }

    private static List<LintFinding> findings(LintResult lint, String revision, int number) {
        return lint.findings().stream()
                .filter(finding -> finding.revision().equals(revision) && finding.statementNumber() == number).toList();
    }

    private static RevisionPlan summary(RevisionFile file, List<PlannedStatement> all, LintResult lint) {
        List<PlannedStatement> own = all.stream().filter(statement -> statement.revision().equals(file.id())).toList();
        LockMode strongest = null;
        Set<String> strongestOn = new TreeSet<>();
        Set<String> rewritten = new TreeSet<>();
        Map<String, Double> hold = new HashMap<>();
        for (int i = 0; i < own.size(); i++) {
            PlannedStatement statement = own.get(i);
            rewritten.addAll(statement.rewrites());
            // Locks of a transactional revision are released at its commit, after its last statement.
            double held = file.transactional()
                    ? own.subList(i, own.size()).stream().mapToDouble(PlannedStatement::estimatedSeconds).sum()
                    : statement.estimatedSeconds();
            // Indexes are named in each statement's locks; the summary speaks of what queries name, the tables.
            for (RelationLock lock : statement.locks().stream().filter(lock -> !lock.onIndex()).toList()) {
                if (strongest == null || lock.mode().compareTo(strongest) > 0) {
                    strongest = lock.mode();
                    strongestOn.clear();
                }
                if (lock.mode() == strongest) {
                    strongestOn.add(lock.relation());
                }
                hold.merge(lock.relation(), held, Math::max);
            }
        }
        Map.Entry<String, Double> longest = hold.entrySet().stream()
                .max(Map.Entry.<String, Double>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .orElse(null);
        return new RevisionPlan(file.id(), file.message(), file.transactional(), strongest, List.copyOf(strongestOn),
                longest == null ? 0 : longest.getValue(), longest == null ? null : longest.getKey(),
                List.copyOf(rewritten), lint.forRevisions(List.of(file.id())).findings());
    }

    private static Map<String, RelationSize> touched(List<PlannedStatement> statements, Map<String, RelationSize> sizes) {
        Map<String, RelationSize> touched = new TreeMap<>();
        for (PlannedStatement statement : statements) {
            List<String> names = new ArrayList<>(statement.rewrites());
            names.addAll(statement.scans());
            names.addAll(statement.indexBuiltOn());
            statement.locks().forEach(lock -> names.add(lock.relation()));
            names.stream().filter(sizes::containsKey).forEach(name -> touched.put(name, sizes.get(name)));
        }
        return touched;
    }

    private static String oneLine(String sql) {
        String line = sql.strip().replaceAll("\\s+", " ");
        return line.length() <= 120 ? line : line.substring(0, 119) + "…";
    }
}
