package org.strat.cli;

import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/** The periodic line of a long step says what runs and for how long, driven by a clock the test moves. */
class HeartbeatTest {

    @Test
    void theRebuildsLineNamesTheObjectAndTheTimeSoFar() {
        AtomicLong now = new AtomicLong(1_000_000_000L);
        StringWriter err = new StringWriter();
        ProgressLines progress = new ProgressLines(new PrintWriter(err, true), now::get);

        progress.starting(2_000, true);
        progress.loaded(1_000, 2_000, 80_000, 2_000_000_000L);
        assertThat(progress.status()).isEqualTo("   50%  1,000/2,000 games  80,000 plays  40,000 plays/s  (2.0 s)");
        progress.loaded(2_000, 2_000, 160_000, 4_000_000_000L);
        progress.rebuilding();
        progress.rebuildingObject("index", "idx_play_game", 3, 14);
        now.addAndGet(12_500_000_000L);

        assertThat(progress.status()).isEqualTo("  rebuilding index idx_play_game (3 of 14), 12.5 s so far");
        assertThat(err.toString()).contains("Loading 2,000 games in one transaction")
                .contains("Wrote 2,000 games (160,000 plays) in 4.0 s.")
                .contains("Rebuilding the indexes and foreign keys").doesNotContain("\r");
        progress.finish();
        assertThat(progress.status()).isNull();
    }

    @Test
    void aBeatPrintsTheStatusAsOnePlainLineAndNothingWhenIdle() {
        StringWriter err = new StringWriter();
        String[] status = {"  still refreshing game_stats, 10.0 s so far"};
        try (Heartbeat heartbeat = Heartbeat.start(new PrintWriter(err, true), () -> status[0])) {
            heartbeat.beat();
            status[0] = null;
            heartbeat.beat();
        }

        assertThat(err.toString()).isEqualTo("  still refreshing game_stats, 10.0 s so far" + System.lineSeparator());
    }
}
