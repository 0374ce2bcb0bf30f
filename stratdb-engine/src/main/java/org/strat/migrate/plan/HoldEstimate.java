package org.strat.migrate.plan;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * How long a statement would run on the live database, from the live sizes of what it was measured to rewrite,
 * build an index on or read. A rough figure by design, from two sequential rates, one for a table rewrite or index
 * build (write-bound) and one for a validating scan (read-bound): it says which statements take seconds and which
 * take hours, not the exact time. Statements that touch no existing data count as instantaneous once they have
 * their lock. The rates are deliberately low (an operator is hurt by a hold longer than planned, not by a shorter
 * one): on a busy 2-core machine with fsync on, a revision estimated at 35 s (rewrites of 330 MB and 180 MB tables,
 * an index build, a validation, a refresh) took 38 s. Pure and thread-safe.
 */
public final class HoldEstimate {

    static final double WRITE_BYTES_PER_SECOND = 25e6;
    static final double SCAN_BYTES_PER_SECOND = 100e6;

    private HoldEstimate() {
    }

    /** The method, in one sentence, for the plan's output. */
    public static String method() {
        return "a rewrite or index build at 25 MB/s of the relation's size (a table's with its TOAST table; a new"
                + " index's from its table), a validating scan at 100 MB/s; sizes from pg_class as of the last"
                + " VACUUM/ANALYZE";
    }

    public static double seconds(StatementTrace trace, Map<String, RelationSize> sizes) {
        double seconds = 0;
        Set<String> counted = new TreeSet<>();
        for (String relation : trace.rewrites()) {
            seconds += ownBytes(sizes, relation) / WRITE_BYTES_PER_SECOND;
            counted.add(relation);
        }
        for (String table : trace.indexBuiltOn()) {
            seconds += ownBytes(sizes, table) / WRITE_BYTES_PER_SECOND;
            counted.add(table);
        }
        for (String table : trace.scans()) {
            if (counted.add(table)) {
                seconds += ownBytes(sizes, table) / SCAN_BYTES_PER_SECOND;
            }
        }
        return seconds;
    }

    private static double ownBytes(Map<String, RelationSize> sizes, String relation) {
        RelationSize size = sizes.get(relation);
        return size == null ? 0 : size.ownBytes();
    }
}
