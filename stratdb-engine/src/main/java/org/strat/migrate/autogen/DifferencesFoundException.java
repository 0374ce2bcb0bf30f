package org.strat.migrate.autogen;

import org.strat.migrate.errors.ErrorCategory;
import org.strat.migrate.errors.StratDbException;

/**
 * The models and the database disagree, or the database is not at head: what {@link Check#check()} throws for
 * scripts that want an exception rather than a {@link CheckResult}. The message lists each difference on its own
 * line under the first, prefixed "  -> ".
 */
public final class DifferencesFoundException extends StratDbException {

    private final transient CheckResult result;

    DifferencesFoundException(CheckResult result) {
        super(ErrorCategory.REFUSED, message(result));
        this.result = result;
    }

    public CheckResult result() {
        return result;
    }

    private static String message(CheckResult result) {
        if (!result.atHead()) {
            return result.notAtHeadReason();
        }
        StringBuilder text = new StringBuilder("The database (at " + result.current() + ") differs from the models in "
                + result.differences().size() + " way(s) (\"here\" is the database). Generate the revision that closes"
                + " the gap with \"stratdb revision --autogenerate -m <message>\", or change the models.");
        result.differences().forEach(change -> text.append("\n  -> ").append(change.describe(Check.TARGET)));
        return text.toString();
    }
}
