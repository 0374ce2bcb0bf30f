package org.strat.cli.migrate;

import org.strat.cli.Output;
import org.strat.migrate.run.ProgressListener;
import org.strat.migrate.run.RevisionStep;

import java.io.PrintWriter;
import java.util.function.Consumer;

/** Prints a downgrade's or a redo's steps as they commit, and any notice about where a downgrade's SQL comes from. */
final class StepLines implements ProgressListener {

    private final PrintWriter out;
    private final Consumer<RevisionStep> also;

    private StepLines(PrintWriter out, Consumer<RevisionStep> also) {
        this.out = out;
        this.also = also;
    }

    /** Prints each reverted step, and hands it to {@code also} (a --json report) as it commits. */
    static StepLines reverting(PrintWriter out, Consumer<RevisionStep> also) {
        return new StepLines(out, also);
    }

    @Override
    public void notice(String line) {
        out.println(line);
        out.flush();
    }

    @Override
    public void completed(RevisionStep step) {
        also.accept(step);
        out.println(line("Reverted", step));
        out.flush();
    }

    static String line(String verb, RevisionStep step) {
        return String.format("%-9s %-24s %-44s %6d ms", verb, step.revision(), Output.clip(step.message(), 44),
                step.durationMs());
    }
}
