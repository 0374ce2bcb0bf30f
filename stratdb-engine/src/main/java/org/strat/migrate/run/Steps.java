package org.strat.migrate.run;

/** Parses a relative target ("+2", "-1") into its count. */
public final class Steps {

    private Steps() {
    }

    static int parse(String argument, String command) {
        try {
            int steps = Integer.parseInt(argument.substring(1));
            if (steps > 0) {
                return steps;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InvalidTargetException("\"" + argument + "\" is not a step count; write " + command + " "
                + argument.charAt(0) + "1, " + argument.charAt(0) + "2, ...");
    }
}
