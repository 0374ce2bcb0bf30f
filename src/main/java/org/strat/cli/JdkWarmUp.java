package org.strat.cli;

import java.util.GregorianCalendar;

/**
 * Initializes, on a thread of its own, what the PostgreSQL driver initializes on the main thread during its
 * first connection: the default locale's calendar data (a Calendar per connection), about 15 ms on a cold JVM
 * that the main thread would otherwise spend while it could be parsing the command line instead.
 */
final class JdkWarmUp {

    private JdkWarmUp() {
    }

    static void start() {
        BackgroundTask.start("stratdb-warm-up", "initializing the calendar data", GregorianCalendar::new);
    }
}
