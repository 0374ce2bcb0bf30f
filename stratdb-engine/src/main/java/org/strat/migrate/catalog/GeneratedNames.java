package org.strat.migrate.catalog;

import java.util.regex.Pattern;

/**
 * Recognises constraint and index names that a tool chose rather than a person: two schemas whose objects differ
 * only in such a name are the same schema (issue 4), while two chosen names that differ are a difference.
 */
public final class GeneratedNames {

    // PostgreSQL's ChooseConstraintName / ChooseIndexName: <table>_<columns>_<suffix>, a digit appended on a clash
    // (games_status_check1), and the parts truncated to fit 63 bytes, which may cut the table name short.
    private static final Pattern POSTGRESQL = Pattern.compile(".+_(pkey|key|fkey|check|excl|idx)\\d*");
    // Hibernate's ImplicitNamingStrategy: a prefix and a hash, e.g. FK9j5v3ae9g2ie4k8n8w1yvud1s or UK_b1q....
    private static final Pattern HIBERNATE = Pattern.compile("(?i)(fk|uk|pk|idx)_?[a-z0-9]{20,}");

    private GeneratedNames() {
    }

    static boolean isGenerated(String name, String table) {
        String prefix = table.substring(0, Math.min(table.length(), 8));
        return (POSTGRESQL.matcher(name).matches() && name.startsWith(prefix)) || HIBERNATE.matcher(name).matches();
    }

    /** Whether two names of one object may differ without it being a difference: when either was generated. */
    public static boolean differenceIgnored(String here, String there, String table) {
        return isGenerated(here, table) || isGenerated(there, table);
    }
}
