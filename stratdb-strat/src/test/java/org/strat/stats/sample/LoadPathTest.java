package org.strat.stats.sample;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LoadPathTest {

    @Test
    void gamesManyNextToThoseAlreadyThereAreBulkLoaded() {
        assertThat(LoadPath.choose(1000, 0, true)).isEqualTo(LoadPath.BULK);
        assertThat(LoadPath.choose(9000, 1000, true)).isEqualTo(LoadPath.BULK);
        assertThat(LoadPath.choose(100, 10_000, true)).isEqualTo(LoadPath.INCREMENTAL);
    }

    @Test
    void aUserWhoDoesNotOwnTheTablesLoadsBatchByBatch() {
        assertThat(LoadPath.choose(1000, 0, false)).isEqualTo(LoadPath.INCREMENTAL);
    }
}
