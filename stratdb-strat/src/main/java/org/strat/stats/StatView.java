package org.strat.stats;

/** The materialized views of revision 004_stat_views, in the order they are refreshed. */
public enum StatView {
    BATTING_GAME_STATS("batting_game_stats"),
    PITCHING_GAME_STATS("pitching_game_stats"),
    GAME_STATS("game_stats");

    /** The revision that creates the views: a database below it has none of them. */
    public static final String REVISION = "004_stat_views";

    private final String viewName;

    StatView(String viewName) {
        this.viewName = viewName;
    }

    public String viewName() {
        return viewName;
    }
}
