package org.strat.db;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StartupCheckResultTest {

    @Test
    void aBuildWithTwoHeadsIsToldToMergeThemRatherThanToUpgrade() {
        StartupCheckResult result = new StartupCheckResult(List.of("001"), List.of("002a", "002b"), List.of(), 2, List.of());

        assertThatThrownBy(() -> result.requireReady("jdbc:postgresql://db/strat"))
                .isInstanceOf(SchemaNotReadyException.class)
                .hasMessageContaining("expects 002a + 002b (head)")
                .hasMessageContaining("stratdb merge 002a 002b -m <message>");
    }

    @Test
    void aDatabaseBehindASingleHeadIsToldToUpgrade() {
        StartupCheckResult result = new StartupCheckResult(List.of("001"), List.of("004_stat_views"), List.of(), 1, List.of());

        assertThat(result.ready()).isFalse();
        assertThatThrownBy(() -> result.requireReady("jdbc:postgresql://db/strat"))
                .hasMessageContaining("is at 001, the application expects 004_stat_views (head). Run \"stratdb upgrade head\"");
    }
}
