package org.strat.migrate.command;

import org.strat.errors.ErrorCategory;
import org.strat.errors.StratDbException;

import java.util.List;

/** A downgrade would drop tables or columns that hold rows and was not confirmed; nothing was run. */
public final class DataLossRefusedException extends StratDbException {

    private final transient List<DataLoss.Drop> drops;

    DataLossRefusedException(String target, List<DataLoss.Drop> drops) {
        super(ErrorCategory.REFUSED, "Downgrade " + target + " would drop data, so nothing was run: " + drops.size() + " table(s) or"
                + " column(s) below hold rows. Save the rows you need (pg_dump --data-only), then run it again with"
                + " --yes; stratdb writes a schema dump first, but not the rows." + lines(drops));
        this.drops = List.copyOf(drops);
    }

    public List<DataLoss.Drop> drops() {
        return drops;
    }

    private static String lines(List<DataLoss.Drop> drops) {
        StringBuilder text = new StringBuilder();
        drops.forEach(drop -> text.append("\n  -> ").append(drop.describe()));
        return text.toString();
    }
}
