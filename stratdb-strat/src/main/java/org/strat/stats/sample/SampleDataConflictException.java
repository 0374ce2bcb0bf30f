package org.strat.stats.sample;

import org.strat.migrate.errors.ErrorCategory;
import org.strat.migrate.errors.StratDbException;

import java.util.UUID;

/** The games a seed generates are already in the database (game ids come from the seed). */
public final class SampleDataConflictException extends StratDbException {

    public SampleDataConflictException(long seed, UUID firstGame) {
        super(ErrorCategory.REFUSED, "Sample games of seed " + seed + " are already in this database (game " + firstGame + "). Pick another"
                + " seed (--seed), or leave it out for a random one.");
    }
}
