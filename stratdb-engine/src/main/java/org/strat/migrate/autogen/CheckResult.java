package org.strat.migrate.autogen;

import org.strat.migrate.catalog.change.SchemaChange;
import org.strat.migrate.state.CurrentResult;

import java.util.List;

/**
 * What {@link Check} found.
 *
 * @param position    where the database stands; the models are compared with it only at head
 * @param differences the changes that would take the database's schema to the models' (empty when not at head,
 *                    where no comparison was made); {@link SchemaChange#describe(String)} with "in the models"
 *                    says each in one line, "here" being the database
 */
public record CheckResult(CurrentResult position, List<SchemaChange> differences) {

    public CheckResult {
        differences = List.copyOf(differences);
    }

    public boolean atHead() {
        return position.atHead();
    }

    public boolean hasDifferences() {
        return !differences.isEmpty();
    }

    /** The database is at head and its schema is the models'. */
    public boolean passed() {
        return atHead() && !hasDifferences();
    }

    /** The database's revision(s), e.g. "004_stat_views", or "base" when none is applied. */
    public String current() {
        return position.current().isEmpty() ? "base" : String.join(" + ", position.current());
    }

    public String heads() {
        return String.join(" + ", position.heads());
    }

    /** Why the models were not compared, with the command that fixes it; null at head. */
    public String notAtHeadReason() {
        if (atHead()) {
            return null;
        }
        return "The database is at " + current() + ", not at head " + heads() + " (" + position.pending()
                + " revision(s) pending), so it cannot be compared with the models, which describe head. Run"
                + " \"stratdb upgrade head\" first.";
    }
}
