package org.strat.migrate.run;

import org.strat.migrate.catalog.Identifiers;
import org.strat.migrate.sql.SqlLexer;
import org.strat.migrate.sql.TokenCursor;

import java.util.Optional;

/**
 * A {@code CREATE [UNIQUE] INDEX CONCURRENTLY} or {@code DROP INDEX CONCURRENTLY} statement, read with the one
 * SQL lexer: what an interrupted run of it can leave behind, and how to tell whether it had completed.
 *
 * @param creates whether it creates (else drops) the index
 * @param index   the index's name; for a drop, as SQL names it (possibly schema-qualified); for a create, bare,
 *                since PostgreSQL puts an index in its table's schema
 * @param table   for a create, the table as SQL names it (possibly schema-qualified), resolvable by to_regclass
 */
record IndexStatement(boolean creates, String index, String table) {

    static Optional<IndexStatement> of(String statement) {
        return new Reader(statement).read();
    }

    private static final class Reader {
        private final TokenCursor cursor;

        Reader(String statement) {
            this.cursor = new TokenCursor(statement);
        }

        Optional<IndexStatement> read() {
            if (cursor.accept("CREATE")) {
                cursor.accept("UNIQUE");
                if (!(cursor.accept("INDEX") && cursor.accept("CONCURRENTLY"))) {
                    return Optional.empty();
                }
                cursor.skip("IF", "NOT", "EXISTS");
                if (cursor.peek("ON")) {
                    return Optional.empty(); // unnamed: PostgreSQL picks a free name, so a retry never collides
                }
                String index = SqlLexer.identifier(cursor.next());
                if (!cursor.accept("ON")) {
                    return Optional.empty();
                }
                cursor.accept("ONLY");
                return Optional.of(new IndexStatement(true, index, name()));
            }
            if (cursor.accept("DROP") && cursor.accept("INDEX") && cursor.accept("CONCURRENTLY")) {
                cursor.skip("IF", "EXISTS");
                String index = name();
                return cursor.peek(",") ? Optional.empty() : Optional.of(new IndexStatement(false, index, null));
            }
            return Optional.empty();
        }

        private String name() {
            return String.join(".", cursor.qualifiedName().stream().map(Identifiers::quote).toList());
        }
    }
}
