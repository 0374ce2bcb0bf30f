package org.strat.migrate.guard;

import org.strat.migrate.sql.SqlLexer;
import org.strat.migrate.sql.TokenCursor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads, with the one SQL lexer, what a statement would remove that can hold rows, before it runs: objects it
 * drops (a table, a schema, a type, ...: what they take with them is found in the catalog), columns it drops,
 * tables it empties (TRUNCATE) or deletes from (DELETE), and statements whose effect cannot be read (a DO block
 * or a procedure call that may run any SQL, dynamic SQL included).
 */
final class RowRemovals {

    enum Kind { DROP_OBJECT, DROP_COLUMN, TRUNCATE, DELETE, UNREADABLE }

    /**
     * One thing a statement removes.
     *
     * @param objectType for DROP_OBJECT, the type as pg_get_object_address names it ("table", "schema", ...)
     * @param name       the object's or table's name in parts (schema first when qualified), unquoted
     * @param column     for DROP_COLUMN, the column
     * @param cascade    CASCADE was given (dependents go too; for TRUNCATE, the tables referencing it)
     * @param only       ONLY was given (a TRUNCATE or DELETE leaves the table's children alone)
     * @param partial    a DELETE with a condition (USING or WHERE): some rows may stay
     */
    record Removal(Kind kind, String objectType, List<String> name, String column, boolean cascade, boolean only,
                   boolean partial) {

        Removal(Kind kind, String objectType, List<String> name, String column, boolean cascade, boolean only) {
            this(kind, objectType, name, column, cascade, only, false);
        }
    }

    /** DROP keywords whose objects (and dependents) the catalog can name; others are read only when harmless. */
    private static final Map<String, String> OBJECT_TYPES = Map.of(
            "TABLE", "table", "SCHEMA", "schema", "TYPE", "type", "DOMAIN", "domain", "EXTENSION", "extension",
            "SEQUENCE", "sequence", "VIEW", "view", "INDEX", "index");
    /** What may remove rows from inside a DO block's body; a body without any of them is harmless. */
    private static final Set<String> BODY_WORDS = Set.of("EXECUTE", "DROP", "TRUNCATE", "DELETE", "CALL", "ALTER");

    private final TokenCursor cursor;

    private RowRemovals(String statement) {
        this.cursor = new TokenCursor(statement);
    }

    static List<Removal> of(String statement) {
        return new RowRemovals(statement).read();
    }

    private List<Removal> read() {
        List<Removal> removals = new ArrayList<>();
        if (cursor.accept("DROP")) {
            readDrop(removals);
        } else if (cursor.accept("ALTER") && cursor.accept("TABLE")) {
            readAlterTable(removals);
        } else if (cursor.accept("TRUNCATE")) {
            cursor.accept("TABLE");
            do {
                boolean only = cursor.accept("ONLY");
                List<String> name = cursor.qualifiedName();
                cursor.accept("*");
                removals.add(new Removal(Kind.TRUNCATE, null, name, null, false, only));
            } while (cursor.accept(","));
            boolean cascade = cursor.containsAny(Set.of("CASCADE"));
            removals.replaceAll(removal -> new Removal(Kind.TRUNCATE, null, removal.name(), null, cascade, removal.only()));
        } else if (cursor.accept("DELETE") && cursor.accept("FROM")) {
            boolean only = cursor.accept("ONLY");
            List<String> table = cursor.qualifiedName();
            boolean partial = cursor.containsAny(Set.of("WHERE", "USING"));
            removals.add(new Removal(Kind.DELETE, null, table, null, false, only, partial));
        } else if (cursor.peek("DO") && doBodyMayRemoveRows()) {
            removals.add(unreadable());
        } else if (cursor.peek("CALL") || (cursor.peek("WITH") && cursor.containsAny(Set.of("DELETE", "TRUNCATE", "DROP")))) {
            removals.add(unreadable());
        }
        return removals;
    }

    private void readDrop(List<Removal> removals) {
        String keyword = cursor.next().toUpperCase(Locale.ROOT);
        if (keyword.equals("MATERIALIZED") && cursor.accept("VIEW")) {
            keyword = "MATERIALIZED VIEW";
        } else if (keyword.equals("FOREIGN") && cursor.accept("TABLE")) {
            keyword = "FOREIGN TABLE";
        }
        boolean cascade = cursor.containsAny(Set.of("CASCADE"));
        String objectType = keyword.equals("MATERIALIZED VIEW") ? "materialized view"
                : keyword.equals("FOREIGN TABLE") ? "foreign table" : OBJECT_TYPES.get(keyword);
        if (objectType == null) {
            // DROP FUNCTION ... CASCADE may take a generated column with it, and its arguments make it hard to
            // name here; without CASCADE such a drop fails rather than take anything holding rows.
            if (cascade) {
                removals.add(unreadable());
            }
            return;
        }
        cursor.accept("CONCURRENTLY");
        cursor.skip("IF", "EXISTS");
        do {
            removals.add(new Removal(Kind.DROP_OBJECT, objectType, cursor.qualifiedName(), null, cascade, false));
        } while (cursor.accept(","));
    }

    private void readAlterTable(List<Removal> removals) {
        cursor.skip("IF", "EXISTS");
        cursor.accept("ONLY");
        List<String> table = cursor.qualifiedName();
        cursor.accept("*");
        do {
            if (cursor.accept("DROP") && !cursor.peek("CONSTRAINT")) {
                cursor.accept("COLUMN");
                cursor.skip("IF", "EXISTS");
                String column = SqlLexer.identifier(cursor.next());
                boolean cascade = cursor.peek("CASCADE");
                removals.add(new Removal(Kind.DROP_COLUMN, "table column", table, column, cascade, false));
            }
            // Skip the rest of the action up to its comma (commas inside parentheses belong to the action).
            cursor.skipToTopLevelComma();
        } while (cursor.accept(","));
    }

    private boolean doBodyMayRemoveRows() {
        return cursor.tokens().stream().filter(token -> token.startsWith("$") || token.startsWith("'"))
                .anyMatch(body -> SqlLexer.tokens(unquoteBody(body)).stream()
                        .anyMatch(word -> BODY_WORDS.contains(word.toUpperCase(Locale.ROOT))));
    }

    private static String unquoteBody(String literal) {
        if (literal.startsWith("'")) {
            return literal.substring(1, Math.max(1, literal.length() - 1)).replace("''", "'");
        }
        int tagEnd = literal.indexOf('$', 1) + 1;
        return literal.substring(tagEnd, Math.max(tagEnd, literal.length() - tagEnd));
    }



    private static Removal unreadable() {
        return new Removal(Kind.UNREADABLE, null, List.of(), null, false, false);
    }
}
