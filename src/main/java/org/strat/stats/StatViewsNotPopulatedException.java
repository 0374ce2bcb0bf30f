package org.strat.stats;

import java.util.List;

/** A stat view exists but has never been filled (REFRESH ... WITH NO DATA, or a restore that skipped it). */
public final class StatViewsNotPopulatedException extends RuntimeException {

    private final List<String> unpopulated;

    public StatViewsNotPopulatedException(List<String> unpopulated) {
        super("The stat view(s) " + String.join(", ", unpopulated) + " have never been refreshed, so they hold no"
                + " rows yet. Run \"stratdb stats refresh\".");
        this.unpopulated = List.copyOf(unpopulated);
    }

    public List<String> unpopulated() {
        return unpopulated;
    }
}
