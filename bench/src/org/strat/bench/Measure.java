package org.strat.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs a piece of work {@code warmup} times unrecorded, then {@code runs} times recorded, and hands back the
 * recorded wall times. Not thread-safe; one per benchmark run.
 */
final class Measure {

    @FunctionalInterface
    interface Work {
        void run() throws Exception;
    }

    /** Work that times only part of itself (set-up or tear-down excluded) and returns that part in nanoseconds. */
    @FunctionalInterface
    interface SelfTimedWork {
        long run() throws Exception;
    }

    private final int warmup;
    private final int runs;

    Measure(int warmup, int runs) {
        this.warmup = warmup;
        this.runs = runs;
    }

    int warmup() {
        return warmup;
    }

    Samples time(Work work) throws Exception {
        return timeSelf(() -> nanos(work));
    }

    Samples timeSelf(SelfTimedWork work) throws Exception {
        for (int i = 0; i < warmup; i++) {
            work.run();
        }
        Samples samples = new Samples();
        for (int i = 0; i < runs; i++) {
            samples.add(work.run());
        }
        return samples;
    }

    /**
     * Times pieces of work that are to be compared, taking turns run by run (the order rotating too), so that a
     * burst of load from elsewhere on the machine falls on all of them rather than on whichever ran during it.
     */
    List<Samples> timeSideBySide(List<Work> works) throws Exception {
        for (int i = 0; i < warmup; i++) {
            for (Work work : works) {
                work.run();
            }
        }
        List<Samples> samples = new ArrayList<>();
        works.forEach(work -> samples.add(new Samples()));
        for (int i = 0; i < runs; i++) {
            for (int turn = 0; turn < works.size(); turn++) {
                int which = (i + turn) % works.size();
                samples.get(which).add(nanos(works.get(which)));
            }
        }
        return samples;
    }

    static long nanos(Work work) throws Exception {
        long start = System.nanoTime();
        work.run();
        return System.nanoTime() - start;
    }

    /** Recorded wall times in nanoseconds. */
    static final class Samples {

        private final List<Long> nanos = new ArrayList<>();

        void add(long value) {
            nanos.add(value);
        }

        /** The median in milliseconds; the mean of the middle two for an even count. */
        double medianMs() {
            List<Long> sorted = new ArrayList<>(nanos);
            sorted.sort(null);
            int middle = sorted.size() / 2;
            double median = sorted.size() % 2 == 1 ? sorted.get(middle)
                    : (sorted.get(middle - 1) + sorted.get(middle)) / 2.0;
            return median / 1_000_000.0;
        }
    }
}
