package org.strat.migrate.command;

import org.strat.db.SqlResource;
import org.strat.migrate.catalog.Identifiers;
import org.strat.migrate.revision.SqlLexer;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Clears what an interrupted {@code CREATE INDEX CONCURRENTLY} leaves behind before it is run again.
 *
 * <p>A CIC that fails or is killed part-way leaves an INVALID index of the same name, which makes the retry fail
 * with "already exists" (or, with IF NOT EXISTS, silently keeps the useless index). The index is dropped, also
 * concurrently, and the statement runs again (PostgreSQL documentation, CREATE INDEX, "Building Indexes
 * Concurrently").
 */
final class InvalidIndexRecovery {

    private static final String IDENTIFIER = "(\"(?:[^\"]|\"\")+\"|[A-Za-z_][A-Za-z0-9_$]*)";
    private static final Pattern CREATE_INDEX_CONCURRENTLY = Pattern.compile(
            "^CREATE\\s+(?:UNIQUE\\s+)?INDEX\\s+CONCURRENTLY\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?" + IDENTIFIER
                    + "(?:\\s*\\.\\s*" + IDENTIFIER + ")?\\s+ON\\b", Pattern.CASE_INSENSITIVE);

    private InvalidIndexRecovery() {
    }

    /** Drops the INVALID leftover of this statement's index, if any; returns its name when it did. */
    static Optional<String> dropLeftover(Connection connection, String statementText) throws SQLException {
        Matcher matcher = CREATE_INDEX_CONCURRENTLY.matcher(withoutLeadingComments(statementText));
        if (!matcher.find()) {
            return Optional.empty();
        }
        String schema = matcher.group(2) == null ? null : unquote(matcher.group(1));
        String name = unquote(matcher.group(2) == null ? matcher.group(1) : matcher.group(2));
        try (PreparedStatement find = connection.prepareStatement(SqlResource.of(InvalidIndexRecovery.class, "find-invalid"))) {
            find.setString(1, name);
            find.setString(2, schema);
            try (ResultSet rows = find.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                String qualified = Identifiers.quote(rows.getString(1)) + "." + Identifiers.quote(rows.getString(2));
                try (Statement drop = connection.createStatement()) {
                    drop.execute("DROP INDEX CONCURRENTLY IF EXISTS " + qualified);
                }
                return Optional.of(qualified);
            }
        }
    }

    private static String withoutLeadingComments(String statement) {
        return statement.substring(SqlLexer.codeStart(statement));
    }

    private static String unquote(String identifier) {
        return identifier.startsWith("\"")
                ? identifier.substring(1, identifier.length() - 1).replace("\"\"", "\"")
                : identifier.toLowerCase(java.util.Locale.ROOT);
    }
}
