package org.strat.migrate.catalog;

import java.util.List;
import java.util.Objects;

/**
 * A table constraint other than NOT NULL (which is part of its {@link Column}).
 *
 * @param definition what {@code pg_get_constraintdef} prints, e.g. {@code FOREIGN KEY (game_id) REFERENCES games(id)
 *                   ON DELETE CASCADE}; {@code ALTER TABLE t ADD CONSTRAINT name <definition>} recreates it
 * @param columns    the constrained columns, in key order (for a CHECK, the columns it reads)
 * @param foreignKey the parsed parts of a FOREIGN KEY, else null
 */
public record Constraint(String name, Kind kind, String definition, List<String> columns, ForeignKey foreignKey) {

    /** The kinds of pg_constraint.contype that stratdb compares. */
    public enum Kind {
        PRIMARY_KEY("primary key"), UNIQUE("unique constraint"), CHECK("check constraint"),
        FOREIGN_KEY("foreign key"), EXCLUSION("exclusion constraint");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        /** How a message names the kind: "foreign key". */
        public String label() {
            return label;
        }

        static Kind fromCode(String code) {
            return switch (code) {
                case "p" -> PRIMARY_KEY;
                case "u" -> UNIQUE;
                case "c" -> CHECK;
                case "f" -> FOREIGN_KEY;
                case "x" -> EXCLUSION;
                default -> throw new IllegalArgumentException("Unexpected constraint type " + code);
            };
        }
    }

    public Constraint {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(definition, "definition");
        columns = List.copyOf(columns);
    }

    /** Whether the constraint was added NOT VALID and not validated since (rows older than it are unchecked). */
    public boolean notValid() {
        return definition.endsWith(" NOT VALID");
    }

    /** The definition as SQL that reads back as the same constraint, without NOT VALID. */
    public String rereadableDefinition() {
        String plain = notValid() ? definition.substring(0, definition.length() - " NOT VALID".length()) : definition;
        return RereadableSql.of(plain);
    }

    /** For a CHECK, the condition every row must meet, as SQL; otherwise null. */
    public String checkCondition() {
        if (kind != Kind.CHECK) {
            return null;
        }
        String check = rereadableDefinition();
        return check.startsWith("CHECK ") ? check.substring("CHECK ".length()) : check;
    }
}
