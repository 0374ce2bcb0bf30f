package org.strat.migrate.autogen;

import org.strat.migrate.catalog.change.SchemaChange;

import java.nio.file.Path;
import java.util.List;

/**
 * What autogenerate wrote.
 *
 * @param revision the new revision's id, or null when nothing differed and nothing was written
 * @param parent   the revision the database was at, which the new one builds on ("base" when none)
 * @param file     the new revision file, or null
 * @param changes  the differences the revision closes, as {@code check} lists them
 */
public record AutogenerateResult(String revision, String parent, Path file, List<SchemaChange> changes) {

    public AutogenerateResult {
        changes = List.copyOf(changes);
    }

    /** Whether the models and the database differed, so that a revision was written. */
    public boolean written() {
        return revision != null;
    }
}
