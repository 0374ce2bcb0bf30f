package org.strat.stats;

/** How a stat view is refreshed. */
public enum RefreshMode {
    /**
     * Rebuilds the view under an ACCESS EXCLUSIVE lock: readers wait until it commits. The only way to fill a view
     * that was never populated.
     */
    PLAIN,
    /** Builds the new contents beside the old and applies the difference: readers never wait, but it is slower. */
    CONCURRENTLY
}
