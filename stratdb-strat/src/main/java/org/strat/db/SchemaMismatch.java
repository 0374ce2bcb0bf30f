package org.strat.db;

/**
 * One way the live schema fails the models: a mapped table or column is missing, or a column's type cannot hold
 * what its mapping expects.
 *
 * @param column null when the whole table is missing
 * @param problem what is wrong, in words: {@code missing}, {@code type integer here, varchar(20) in the models}
 */
public record SchemaMismatch(String table, String column, String problem) {

    static SchemaMismatch missingTable(String table) {
        return new SchemaMismatch(table, null, "table missing");
    }

    static SchemaMismatch missingColumn(String table, String column) {
        return new SchemaMismatch(table, column, "missing");
    }

    static SchemaMismatch wrongType(String table, String column, String liveType, String modelType) {
        return new SchemaMismatch(table, column, "type " + liveType + " here, " + modelType + " in the models");
    }

    /** {@code plays.hit_location: missing}, {@code games.status: type integer here, varchar(20) in the models}. */
    public String describe() {
        return (column == null ? table : table + "." + column) + ": " + problem;
    }
}
