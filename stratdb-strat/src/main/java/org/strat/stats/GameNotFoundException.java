package org.strat.stats;

import org.strat.migrate.errors.ErrorCategory;
import org.strat.migrate.errors.StratDbException;

import java.util.UUID;

/** No box score for a game id: either no such game, or a game the stat views have not seen yet. */
public final class GameNotFoundException extends StratDbException {

    private final UUID gameId;
    private final boolean recordedAfterRefresh;

    public GameNotFoundException(UUID gameId, boolean recordedAfterRefresh) {
        super(ErrorCategory.REFUSED, recordedAfterRefresh
                ? "Game " + gameId + " is not in the stat views yet: they were last refreshed before it was recorded."
                        + " Run \"stratdb stats refresh\"."
                : "No game " + gameId + " in this database. Check the id (a games.id UUID) and --url.");
        this.gameId = gameId;
        this.recordedAfterRefresh = recordedAfterRefresh;
    }

    public UUID gameId() {
        return gameId;
    }

    /** True when the game exists in games but the views were refreshed before it. */
    public boolean recordedAfterRefresh() {
        return recordedAfterRefresh;
    }
}
