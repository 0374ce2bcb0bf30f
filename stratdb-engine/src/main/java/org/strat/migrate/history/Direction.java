package org.strat.migrate.history;

/** What a log entry records. */
public enum Direction {
    UPGRADE, DOWNGRADE, STAMP, ACCEPT, ADOPT;

    public String sqlName() {
        return name().toLowerCase();
    }

    static Direction fromSql(String value) {
        return valueOf(value.toUpperCase());
    }
}
