package org.strat.migrate.plan;

import org.strat.migrate.sql.SqlResource;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.UnaryOperator;

/**
 * Runs statements one after another on a {@link ScratchDatabase}, each in a transaction of its own, and reads after
 * each, before it commits: {@code pg_locks} (the locks its transaction took, hence the statement's own), every
 * relation's {@code relfilenode} (a new one is a rewrite or rebuild) and the backend's scan counters.
 *
 * <p>A statement that PostgreSQL refuses inside a transaction block (CREATE INDEX CONCURRENTLY) is traced in the
 * form {@code inTransaction} gives it (the plain CREATE INDEX, which has the same effect on the schema); its locks
 * are then the documented ones of the concurrent form: SHARE UPDATE EXCLUSIVE on what the plain form locked more
 * strongly ("Explicit Locking" in the PostgreSQL documentation). Not thread-safe; the caller owns the connection.
 */
public final class StatementTracer {

    private static final String SQLSTATE_ACTIVE_TRANSACTION = "25001";

    private final Connection connection;
    private final String schema;
    private final UnaryOperator<String> inTransaction;

    /**
     * @param schema        the schema whose relations are watched (the copy of the live schema)
     * @param inTransaction the form of a statement that can run in a transaction block, or the statement itself
     */
    public StatementTracer(Connection connection, String schema, UnaryOperator<String> inTransaction) {
        this.connection = connection;
        this.schema = schema;
        this.inTransaction = inTransaction;
    }

    /** Runs the statement (its effect stays, for the statements after it) and says what it did. */
    public StatementTrace trace(String sql) throws SQLException {
        try {
            return measured(sql, false);
        } catch (SQLException e) {
            if (!SQLSTATE_ACTIVE_TRANSACTION.equals(e.getSQLState())) {
                throw e;
            }
        }
        String plain = inTransaction.apply(sql);
        if (!plain.equals(sql)) {
            return measured(plain, true);
        }
        connection.setAutoCommit(true);
        execute(sql);
        return new StatementTrace(List.of(), List.of(), List.of(), List.of(), "runs only outside a transaction"
                + " block and has no in-transaction form, so its locks could not be measured");
    }

    private StatementTrace measured(String sql, boolean documented) throws SQLException {
        connection.setAutoCommit(false);
        try {
            Map<Long, RelationState> before = relations();
            Map<String, Long> scansBefore = scans();
            execute(sql);
            List<RelationLock> locks = locks(before, documented);
            Map<Long, RelationState> after = relations();
            StatementTrace trace = new StatementTrace(locks, rewrites(before, after), scanned(before, scansBefore),
                    indexBuiltOn(before, after), null);
            connection.commit();
            return trace;
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    private List<RelationLock> locks(Map<Long, RelationState> before, boolean documented) throws SQLException {
        Map<String, Set<LockMode>> held = new TreeMap<>();
        Map<String, String> kinds = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(sql("locks"));
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                RelationState relation = before.get(rows.getLong(1));
                LockMode mode = LockMode.ofPgName(rows.getString(2));
                if (relation != null && mode != null) {
                    kinds.put(relation.name(), RelationLock.kindOf(relation.kind()));
                    held.computeIfAbsent(relation.name(), name -> EnumSet.noneOf(LockMode.class)).add(mode);
                }
            }
        }
        List<RelationLock> locks = new ArrayList<>();
        held.forEach((relation, modes) -> {
            for (LockMode mode : modes) {
                if (modes.stream().noneMatch(other -> other != mode && other.covers(mode))) {
                    locks.add(documented && mode.compareTo(LockMode.SHARE_UPDATE_EXCLUSIVE) > 0
                            ? new RelationLock(relation, kinds.get(relation), LockMode.SHARE_UPDATE_EXCLUSIVE, true, mode)
                            : new RelationLock(relation, kinds.get(relation), mode, documented, mode));
                }
            }
        });
        return locks;
    }

    // Matched by name: ALTER COLUMN TYPE drops an index and builds it again under the same name (a new oid).
    private static List<String> rewrites(Map<Long, RelationState> before, Map<Long, RelationState> after) {
        Map<String, RelationState> afterByName = new HashMap<>();
        after.values().forEach(state -> afterByName.put(state.name(), state));
        Set<String> rewritten = new TreeSet<>();
        for (RelationState old : before.values()) {
            RelationState now = afterByName.get(old.name());
            if (old.fileNode() != 0 && now != null && now.kind() == old.kind() && now.fileNode() != old.fileNode()) {
                rewritten.add(old.name());
            }
        }
        return List.copyOf(rewritten);
    }

    private static List<String> indexBuiltOn(Map<Long, RelationState> before, Map<Long, RelationState> after) {
        Set<String> existed = new TreeSet<>();
        before.values().forEach(state -> existed.add(state.name()));
        Set<String> tables = new TreeSet<>();
        for (RelationState now : after.values()) {
            if (now.table() != null && !existed.contains(now.name()) && existed.contains(now.table())) {
                tables.add(now.table());
            }
        }
        return List.copyOf(tables);
    }

    private List<String> scanned(Map<Long, RelationState> before, Map<String, Long> scansBefore) throws SQLException {
        Set<String> existed = new TreeSet<>();
        before.values().forEach(state -> existed.add(state.name()));
        Set<String> scanned = new TreeSet<>();
        scans().forEach((table, count) -> {
            if (existed.contains(table) && count > scansBefore.getOrDefault(table, 0L)) {
                scanned.add(table);
            }
        });
        return List.copyOf(scanned);
    }

    private Map<Long, RelationState> relations() throws SQLException {
        Map<Long, RelationState> relations = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(sql("relations"))) {
            statement.setString(1, schema);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    relations.put(rows.getLong(1), new RelationState(rows.getString(2), rows.getString(3).charAt(0),
                            rows.getLong(4), rows.getString(5)));
                }
            }
        }
        return relations;
    }

    private Map<String, Long> scans() throws SQLException {
        Map<String, Long> scans = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(sql("scans"))) {
            statement.setString(1, schema);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    scans.put(rows.getString(1), rows.getLong(2));
                }
            }
        }
        return scans;
    }

    private void execute(String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static String sql(String name) {
        return SqlResource.of(StatementTracer.class, name);
    }

    /** A relation of the scratch schema; {@code table} is set for an index. */
    private record RelationState(String name, char kind, long fileNode, String table) {
    }
}
