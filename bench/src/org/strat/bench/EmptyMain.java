package org.strat.bench;

/**
 * The JVM floor of bench/run's time breakdown: a main that does nothing, started with the launcher's JVM flags, so
 * that what the JVM costs before any of stratdb's code runs is measured rather than assumed.
 */
public final class EmptyMain {

    private EmptyMain() {
    }

    public static void main(String[] args) {
        // Nothing: the process's whole time is the JVM's start and exit.
    }
}
