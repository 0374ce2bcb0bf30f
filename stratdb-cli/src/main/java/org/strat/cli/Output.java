package org.strat.cli;

import java.util.List;

/** Small formatting rules shared by the commands' plain-text output. */
public final class Output {

    private Output() {
    }

    public static String revisions(List<String> ids) {
        return ids.isEmpty() ? "base" : String.join(" + ", ids);
    }

    public static String clip(String text, int width) {
        if (text == null) {
            return "";
        }
        return text.length() <= width ? text : text.substring(0, width - 1) + "…";
    }
}
