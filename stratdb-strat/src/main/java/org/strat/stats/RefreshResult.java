package org.strat.stats;

import java.util.List;

/** What {@link StatViewRefresher#refresh} did, one entry per view in refresh order. */
public record RefreshResult(List<ViewRefresh> views) {

    public RefreshResult {
        views = List.copyOf(views);
    }

    public long durationMs() {
        return views.stream().mapToLong(ViewRefresh::durationMs).sum();
    }
}
