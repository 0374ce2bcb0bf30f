package org.strat.stats;

import org.strat.migrate.errors.ErrorCategory;
import org.strat.migrate.errors.StratDbException;

import java.util.List;

/** A stat view exists but has never been filled (REFRESH ... WITH NO DATA, or a restore that skipped it). */
public final class StatViewsNotPopulatedException extends StratDbException {

    private final List<String> unpopulated;

    public StatViewsNotPopulatedException(List<String> unpopulated) {
        super(ErrorCategory.REFUSED, "The stat view(s) " + String.join(", ", unpopulated) + " have never been refreshed, so they hold no"
                + " rows yet. Run \"stratdb stats refresh\".");
        this.unpopulated = List.copyOf(unpopulated);
    }

    public List<String> unpopulated() {
        return unpopulated;
    }
}
