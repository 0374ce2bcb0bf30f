package org.strat.cli;

import picocli.CommandLine.Option;

import java.nio.file.Path;

/** The option of a command that reads the revision files. */
public final class RevisionsOption {

    static final String NAME = "--revisions-dir";

    @Option(names = NAME, paramLabel = "DIR",
            description = "Folder of revision files. Default: $STRAT_REVISIONS_DIR, else the revisions packaged with stratdb.")
    Path directory;
}
