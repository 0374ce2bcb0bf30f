package org.strat.stats;

/**
 * How one view was refreshed.
 *
 * @param used {@link RefreshMode#PLAIN} when a concurrent refresh was asked for but the view had never been
 *             populated, which PostgreSQL refuses to refresh concurrently
 */
public record ViewRefresh(StatView view, RefreshMode requested, RefreshMode used, long durationMs) {

    public boolean fellBackToPlain() {
        return requested != used;
    }
}
