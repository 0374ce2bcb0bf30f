package org.strat.stats;

import org.strat.migrate.errors.ErrorCategory;
import org.strat.migrate.errors.StratDbException;

import java.util.List;

/** The database has no stat views (or only some): it is below revision 004_stat_views. */
public final class StatViewsMissingException extends StratDbException {

    private final List<String> missing;

    public StatViewsMissingException(List<String> missing) {
        super(ErrorCategory.REFUSED, "The stat view(s) " + String.join(", ", missing) + " do not exist: this database is below revision "
                + StatView.REVISION + ". Run \"stratdb upgrade head\".");
        this.missing = List.copyOf(missing);
    }

    public List<String> missing() {
        return missing;
    }
}
