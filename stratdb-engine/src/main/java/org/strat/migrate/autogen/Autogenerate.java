package org.strat.migrate.autogen;

import org.strat.migrate.revision.CreateRevision;
import org.strat.migrate.run.MigrationRefusedException;
import org.strat.migrate.session.MigrationContext;

import java.util.List;

/**
 * Write the revision that takes the database at head to the models' schema.
 *
 * <p>Compares as {@link Check} does (the same list of changes), then writes a revision on top of head through
 * {@link CreateRevision}, the one writer of revision files: the upgrade renders each change, the downgrade each
 * change's reverse, in an order PostgreSQL accepts ({@link RevisionSql}). With no difference it writes nothing.
 * The database is only read; the revision is applied by {@code stratdb upgrade head} once reviewed.
 *
 * <p>Usage: {@code new Autogenerate(context).run("add park factors")}.
 */
public final class Autogenerate {

    private final MigrationContext context;
    private final DesiredSchema models;

    /** @param models the schema the models describe (tests use entity sets of their own) */
    public Autogenerate(MigrationContext context, DesiredSchema models) {
        this.context = context;
        this.models = models;
    }

    /**
     * @throws MigrationRefusedException when the database is not at head: a revision generated against an older
     *                                   schema would repeat what the pending revisions do
     */
    public AutogenerateResult run(String message) {
        CheckResult compared = new Check(context, models).run();
        if (!compared.atHead()) {
            throw new MigrationRefusedException(compared.notAtHeadReason() + " Then autogenerate again; nothing was written.");
        }
        String parent = compared.current();
        if (!compared.hasDifferences()) {
            return new AutogenerateResult(null, parent, null, List.of());
        }
        CreateRevision.CreateRevisionResult created = new CreateRevision(context)
                .run(message, RevisionSql.of(compared.differences(), parent));
        return new AutogenerateResult(created.revision(), parent, created.file(), compared.differences());
    }
}
