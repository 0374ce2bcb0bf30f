package org.strat.migrate.revision;

/** A revision file that cannot be read as one: names the file, the line and the fix. */
public final class MalformedRevisionFileException extends RuntimeException {

    private final String fileName;

    public MalformedRevisionFileException(String fileName, String problem) {
        super("Revision file " + fileName + ": " + problem);
        this.fileName = fileName;
    }

    public String fileName() {
        return fileName;
    }
}
