package org.strat.testing;

import java.time.Instant;
import java.util.function.BooleanSupplier;

/** Waits for another process to reach a state (a lock taken, a statement running), polling every 50 ms for 30 s. */
public final class Eventually {

    private Eventually() {
    }

    public static void waitUntil(String what, BooleanSupplier condition) {
        Instant deadline = Instant.now().plusSeconds(30);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Timed out waiting until " + what);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
