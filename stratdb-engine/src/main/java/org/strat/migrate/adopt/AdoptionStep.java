package org.strat.migrate.adopt;

import java.util.List;

/**
 * One unit of an adoption that commits on its own: a single statement (some, like CREATE INDEX CONCURRENTLY, cannot
 * run in a transaction block), or a few that must commit together (the swap of a rebuilt view).
 *
 * @param purpose    what it achieves, for a person: "rename constraint ck_games_status to games_status_check"
 * @param statements the SQL, each without its terminating semicolon
 * @param together   whether the statements run in one transaction
 */
public record AdoptionStep(String purpose, List<String> statements, boolean together) {

    public AdoptionStep {
        statements = List.copyOf(statements);
    }

    static AdoptionStep single(String purpose, String statement) {
        return new AdoptionStep(purpose, List.of(statement), false);
    }

    static AdoptionStep transaction(String purpose, List<String> statements) {
        return new AdoptionStep(purpose, statements, statements.size() > 1);
    }

    /** The step as a script runs it: its statements, inside BEGIN / COMMIT when they go together. */
    public String sql() {
        StringBuilder text = new StringBuilder();
        if (together) {
            text.append("BEGIN;\n");
        }
        statements.forEach(statement -> text.append(statement).append(";\n"));
        if (together) {
            text.append("COMMIT;\n");
        }
        return text.toString();
    }
}
