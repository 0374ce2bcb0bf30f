package org.strat.migrate.state;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A revision applied to the database that no revision file of the checkout describes, as far as its stored text
 * tells: {@code message}, {@code date} and {@code downRevisions} are null when the database recorded it before
 * stratdb kept applied texts.
 */
public record AheadRevision(String revision, String fileName, String message, String date, List<String> downRevisions,
                            OffsetDateTime appliedAt, String appliedBy, int durationMs) {

    public AheadRevision {
        downRevisions = downRevisions == null ? null : List.copyOf(downRevisions);
    }

    public boolean hasText() {
        return message != null;
    }
}
