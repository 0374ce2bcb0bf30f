package org.strat.stats.sample;

import org.strat.model.League;

import java.util.Objects;

/**
 * What sample data to generate: how many games, from which seed (the same seed always gives the same games), and
 * for which league (sba games name players, pd games name cards).
 */
public record SampleDataRequest(int games, long seed, League league) {

    public SampleDataRequest {
        Objects.requireNonNull(league, "league");
        if (games < 1) {
            throw new IllegalArgumentException("games must be at least 1, not " + games);
        }
    }
}
