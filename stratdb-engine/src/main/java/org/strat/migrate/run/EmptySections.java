package org.strat.migrate.run;

import org.strat.migrate.lint.Linter;
import org.strat.migrate.revision.RevisionFile;

import java.util.Collection;
import java.util.List;

/**
 * Refuses, before anything runs, revisions whose section about to run holds no statement: a revision written with
 * {@code stratdb revision} and applied before its SQL was written would be recorded as applied having done nothing,
 * and the SQL written afterwards would never run. Merge revisions need no upgrade SQL; a downgrade meant to do
 * nothing says so with {@code -- lint-ok empty-downgrade: <reason>}.
 */
public final class EmptySections {

    private EmptySections() {
    }

    public static void requireUpgradeStatements(Collection<RevisionFile> files, String command) {
        List<String> empty = files.stream().filter(file -> file.upgradeStatements().isEmpty() && !file.isMerge())
                .map(RevisionFile::fileName).toList();
        if (!empty.isEmpty()) {
            throw new MigrationRefusedException("Cannot " + command + ": " + String.join(", ", empty)
                    + (empty.size() == 1 ? " has" : " have") + " no statement in the upgrade section, so nothing was run."
                    + " Write the upgrade SQL below \"-- upgrade\" (and its downgrade below \"-- downgrade\"), then run"
                    + " it again.");
        }
    }

    public static void requireDowngradeStatements(Collection<RevisionFile> files, String command, String remedy) {
        List<String> empty = files.stream().filter(file -> !file.hasDowngrade() && !Linter.acknowledgesEmptyDowngrade(file))
                .map(RevisionFile::fileName).toList();
        if (!empty.isEmpty()) {
            throw new MigrationRefusedException("Cannot " + command + ": " + String.join(", ", empty)
                    + (empty.size() == 1 ? " has" : " have") + " an empty downgrade section, so nothing was run. "
                    + remedy);
        }
    }
}
