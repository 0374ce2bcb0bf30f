package org.strat.migrate.adopt;

import org.strat.migrate.errors.ErrorCategory;
import org.strat.migrate.errors.StratDbException;

import java.util.List;

/**
 * Adopt will not make the schema a revision's: some differences would lose or rewrite data, or rows would break a
 * rule the revision adds. Thrown before anything is changed (not even stratdb's own tables are created). The
 * message lists each reason on its own line under the first, prefixed "  -> ".
 */
public final class AdoptionRefusedException extends StratDbException {

    private final transient List<String> reasons;

    AdoptionRefusedException(String summary, List<String> reasons) {
        super(ErrorCategory.REFUSED, summary + lines(reasons));
        this.reasons = List.copyOf(reasons);
    }

    public List<String> reasons() {
        return reasons;
    }

    private static String lines(List<String> reasons) {
        StringBuilder text = new StringBuilder();
        reasons.forEach(reason -> text.append("\n  -> ").append(reason));
        return text.toString();
    }
}
