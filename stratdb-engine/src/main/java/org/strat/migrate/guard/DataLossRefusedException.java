package org.strat.migrate.guard;

import org.strat.migrate.errors.ErrorCategory;
import org.strat.migrate.errors.StratDbException;
import org.strat.migrate.run.Downgrade;

import java.util.List;

/**
 * A downgrade would drop or empty tables or columns that hold rows, or runs SQL whose effect cannot be read, and
 * was not confirmed; nothing was run.
 */
public final class DataLossRefusedException extends StratDbException {

    private final transient List<DataLoss.Drop> drops;
    private final transient List<String> unreadable;

    DataLossRefusedException(String target, List<DataLoss.Drop> drops, List<String> unreadable) {
        super(ErrorCategory.REFUSED, "Downgrade " + target + " would remove data, so nothing was run: "
                + summary(drops, unreadable) + ". Run it again with --yes to go on: stratdb first saves the rows of "
                + (unreadable.isEmpty() ? "those tables" : "every table") + " to a file psql restores, and a schema"
                + " dump, and says where." + lines(drops, unreadable));
        this.drops = List.copyOf(drops);
        this.unreadable = List.copyOf(unreadable);
    }

    public List<DataLoss.Drop> drops() {
        return drops;
    }

    public List<String> unreadable() {
        return unreadable;
    }

    private static String summary(List<DataLoss.Drop> drops, List<String> unreadable) {
        String holding = drops.size() + " table(s) or column(s) below hold rows that it drops or deletes";
        if (unreadable.isEmpty()) {
            return holding;
        }
        String cannotRead = unreadable.size() + " statement(s) below run SQL whose effect cannot be read before it runs";
        return drops.isEmpty() ? cannotRead : holding + ", and " + cannotRead;
    }

    private static String lines(List<DataLoss.Drop> drops, List<String> unreadable) {
        StringBuilder text = new StringBuilder();
        drops.forEach(drop -> text.append("\n  -> ").append(drop.describe()));
        unreadable.forEach(statement -> text.append("\n  -> ").append(statement));
        return text.toString();
    }
}
