package org.strat.cli;

import org.strat.migrate.command.ProgressListener;
import org.strat.migrate.command.RevisionStep;

import java.io.PrintWriter;

/** Prints a downgrade's or a redo's steps as they commit, and any notice about where a downgrade's SQL comes from. */
final class StepLines implements ProgressListener {

    private final PrintWriter out;

    private StepLines(PrintWriter out) {
        this.out = out;
    }

    static StepLines reverting(PrintWriter out) {
        return new StepLines(out);
    }

    @Override
    public void notice(String line) {
        out.println(line);
        out.flush();
    }

    @Override
    public void completed(RevisionStep step) {
        out.println(line("Reverted", step));
        out.flush();
    }

    static String line(String verb, RevisionStep step) {
        return String.format("%-9s %-24s %-44s %6d ms", verb, step.revision(), Output.clip(step.message(), 44),
                step.durationMs());
    }
}
