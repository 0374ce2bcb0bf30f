package org.strat.stats;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One team's row of a line score.
 *
 * @param innings runs per inning from the first; null where the team did not bat (the home team's last inning
 *                when it was ahead, or an inning not reached yet)
 */
public record TeamLine(int teamId, List<Integer> innings, int runs, int hits, int errors) {

    public TeamLine {
        // List.copyOf refuses nulls, and null is how "did not bat" is told apart from a zero.
        innings = Collections.unmodifiableList(new ArrayList<>(innings));
    }
}
