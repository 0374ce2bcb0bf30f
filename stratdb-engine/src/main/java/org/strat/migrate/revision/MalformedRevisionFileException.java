package org.strat.migrate.revision;

import org.strat.migrate.errors.ErrorCategory;
import org.strat.migrate.errors.StratDbException;

/** A revision file that cannot be read as one: names the file, the line and the fix. */
public final class MalformedRevisionFileException extends StratDbException {

    private final String fileName;

    public MalformedRevisionFileException(String fileName, String problem) {
        super(ErrorCategory.SETTINGS, "Revision file " + fileName + ": " + problem);
        this.fileName = fileName;
    }

    public String fileName() {
        return fileName;
    }
}
