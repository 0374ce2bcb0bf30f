package org.strat.stats;

/**
 * Hears about each stat view as {@link StatViewRefresher} refreshes it: one view of a large season can take tens
 * of seconds, so a caller can say which one the time goes to. Called on the refreshing thread.
 */
public interface RefreshProgress {

    RefreshProgress NONE = new RefreshProgress() {
    };

    /** The refresh of view {@code number} of {@code total} (from 1) starts. */
    default void starting(StatView view, RefreshMode used, int number, int total) {
    }

    /** That view is refreshed and committed. */
    default void refreshed(ViewRefresh refresh) {
    }
}
