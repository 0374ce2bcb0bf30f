package org.strat.migrate.command;

import org.strat.migrate.catalog.Identifiers;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads what a statement would drop that can hold rows: the tables of {@code DROP TABLE} and the columns of
 * {@code ALTER TABLE ... DROP [COLUMN]}. Anything else, including what dynamic SQL in a DO block might drop, is
 * not seen.
 */
final class DropStatements {

    /** A table (column null) or a column a statement drops; {@code table} is written as SQL names it. */
    record Dropped(String table, String column) {
    }

    private final List<String> tokens;
    private int position;

    private DropStatements(List<String> tokens) {
        this.tokens = tokens;
    }

    static List<Dropped> of(String statement) {
        return new DropStatements(SqlTokens.of(statement)).read();
    }

    private List<Dropped> read() {
        List<Dropped> dropped = new ArrayList<>();
        if (accept("DROP")) {
            if (accept("TABLE")) {
                skipIfExists();
                do {
                    dropped.add(new Dropped(name(), null));
                } while (accept(","));
            }
        } else if (accept("ALTER") && accept("TABLE")) {
            skipIfExists();
            accept("ONLY");
            String table = name();
            accept("*");
            do {
                readAction(table, dropped);
            } while (accept(","));
        }
        return dropped;
    }

    private void readAction(String table, List<Dropped> dropped) {
        if (accept("DROP") && !peek("CONSTRAINT")) {
            accept("COLUMN");
            skipIfExists();
            dropped.add(new Dropped(table, token()));
        }
        // Skip the rest of the action up to its comma (commas inside parentheses belong to the action).
        int depth = 0;
        while (position < tokens.size() && !(depth == 0 && peek(","))) {
            String token = tokens.get(position++);
            depth += token.equals("(") ? 1 : token.equals(")") ? -1 : 0;
        }
    }

    private void skipIfExists() {
        int start = position;
        if (!(accept("IF") && accept("EXISTS"))) {
            position = start;
        }
    }

    // A possibly qualified name, rewritten as SQL names it (quoted where needed) so it can be given to to_regclass.
    private String name() {
        StringBuilder name = new StringBuilder(Identifiers.quote(token()));
        while (accept(".")) {
            name.append('.').append(Identifiers.quote(token()));
        }
        return name.toString();
    }

    private String token() {
        return position < tokens.size() ? SqlTokens.identifier(tokens.get(position++)) : "";
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
