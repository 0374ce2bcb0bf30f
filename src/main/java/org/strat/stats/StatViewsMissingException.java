package org.strat.stats;

import java.util.List;

/** The database has no stat views (or only some): it is below revision 004_stat_views. */
public final class StatViewsMissingException extends RuntimeException {

    private final List<String> missing;

    public StatViewsMissingException(List<String> missing) {
        super("The stat view(s) " + String.join(", ", missing) + " do not exist: this database is below revision "
                + StatView.REVISION + ". Run \"stratdb upgrade head\".");
        this.missing = List.copyOf(missing);
    }

    public List<String> missing() {
        return missing;
    }
}
