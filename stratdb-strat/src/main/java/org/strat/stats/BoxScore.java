package org.strat.stats;

import java.util.UUID;

/**
 * One game's box score: the line score, then each team's batting and pitching lines.
 *
 * @param league "sba" or "pd"
 * @param status the game's status (pending, active, paused, completed, abandoned)
 */
public record BoxScore(UUID gameId, String league, String status, TeamLine awayLine, TeamLine homeLine, TeamBox away,
                       TeamBox home) {

    public int innings() {
        return Math.max(awayLine.innings().size(), homeLine.innings().size());
    }
}
