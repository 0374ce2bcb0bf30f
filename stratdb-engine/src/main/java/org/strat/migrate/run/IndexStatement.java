package org.strat.migrate.run;

import org.strat.migrate.catalog.Identifiers;
import org.strat.migrate.sql.SqlLexer;

import java.util.List;
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
        return new Reader(SqlLexer.tokens(statement)).read();
    }

    private static final class Reader {
        private final List<String> tokens;
        private int position;

        Reader(List<String> tokens) {
            this.tokens = tokens;
        }

        Optional<IndexStatement> read() {
            if (accept("CREATE")) {
                accept("UNIQUE");
                if (!(accept("INDEX") && accept("CONCURRENTLY"))) {
                    return Optional.empty();
                }
                skip("IF", "NOT", "EXISTS");
                if (peek("ON")) {
                    return Optional.empty(); // unnamed: PostgreSQL picks a free name, so a retry never collides
                }
                String index = SqlLexer.identifier(next());
                if (!accept("ON")) {
                    return Optional.empty();
                }
                accept("ONLY");
                return Optional.of(new IndexStatement(true, index, name()));
            }
            if (accept("DROP") && accept("INDEX") && accept("CONCURRENTLY")) {
                skip("IF", "EXISTS");
                String index = name();
                return peek(",") ? Optional.empty() : Optional.of(new IndexStatement(false, index, null));
            }
            return Optional.empty();
        }

        private String name() {
            StringBuilder name = new StringBuilder(Identifiers.quote(SqlLexer.identifier(next())));
            while (accept(".")) {
                name.append('.').append(Identifiers.quote(SqlLexer.identifier(next())));
            }
            return name.toString();
        }

        private void skip(String... keywords) {
            int start = position;
            for (String keyword : keywords) {
                if (!accept(keyword)) {
                    position = start;
                    return;
                }
            }
        }

        private String next() {
            return position < tokens.size() ? tokens.get(position++) : "";
        }

        private boolean peek(String keyword) {
            return position < tokens.size() && tokens.get(position).equalsIgnoreCase(keyword);
        }

        private boolean accept(String keyword) {
            if (peek(keyword)) {
                position++;
                return true;
            }
            return false;
        }
    }
}
