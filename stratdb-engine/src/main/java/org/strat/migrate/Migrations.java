package org.strat.migrate;

import org.strat.migrate.adopt.Adopt;
import org.strat.migrate.adopt.AdoptResult;
import org.strat.migrate.autogen.Autogenerate;
import org.strat.migrate.autogen.AutogenerateResult;
import org.strat.migrate.autogen.Check;
import org.strat.migrate.autogen.CheckResult;
import org.strat.migrate.autogen.DesiredSchema;
import org.strat.migrate.connect.DatabaseSettings;
import org.strat.migrate.guard.DestructiveDowngradeGuard;
import org.strat.migrate.lint.LintResult;
import org.strat.migrate.lint.Linter;
import org.strat.migrate.offline.OfflineSql;
import org.strat.migrate.plan.Plan;
import org.strat.migrate.plan.PlanResult;
import org.strat.migrate.revision.CreateRevision;
import org.strat.migrate.revision.RevisionFile;
import org.strat.migrate.revision.RevisionSource;
import org.strat.migrate.run.Downgrade;
import org.strat.migrate.run.DowngradeResult;
import org.strat.migrate.run.ProgressListener;
import org.strat.migrate.run.Redo;
import org.strat.migrate.run.RedoResult;
import org.strat.migrate.run.Upgrade;
import org.strat.migrate.run.UpgradeResult;
import org.strat.migrate.schema.SchemaDump;
import org.strat.migrate.schema.SchemaDumpResult;
import org.strat.migrate.session.MigrationContext;
import org.strat.migrate.session.MigrationTimeouts;
import org.strat.migrate.stamp.DetectRevision;
import org.strat.migrate.stamp.DetectionResult;
import org.strat.migrate.stamp.SchemaOrigin;
import org.strat.migrate.stamp.Stamp;
import org.strat.migrate.stamp.StampResult;
import org.strat.migrate.state.AcceptEdit;
import org.strat.migrate.state.Current;
import org.strat.migrate.state.CurrentResult;
import org.strat.migrate.state.Heads;
import org.strat.migrate.state.History;
import org.strat.migrate.state.HistoryResult;
import org.strat.migrate.state.Log;

import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

/**
 * Every migration command in one place, as Alembic's {@code command} module has them: the command line, the
 * benchmark, the tests and the application's start-up all call these, and nothing else of the engine's commands.
 * Each method is one command against one database and one set of revision files; the classes behind them (one per
 * command, in the package of its job) are the engine's inside.
 *
 * <p>Usage: {@code Migrations.of(settings, RevisionSource.classpath()).upgrade("head")}.
 */
public final class Migrations {

    private final MigrationContext context;
    private final String scratchSchema;

    private Migrations(MigrationContext context, String scratchSchema) {
        this.context = context;
        this.scratchSchema = scratchSchema;
    }

    /** The database at {@code settings}, the revision files of {@code revisions}, default timeouts. */
    public static Migrations of(DatabaseSettings settings, RevisionSource revisions) {
        return new Migrations(MigrationContext.of(settings, revisions), null);
    }

    public static Migrations of(MigrationContext context) {
        return new Migrations(context, null);
    }

    public Migrations withLockWait(Duration wait) {
        return new Migrations(context.withLockWait(wait), scratchSchema);
    }

    public Migrations withTimeouts(MigrationTimeouts timeouts) {
        return new Migrations(context.withTimeouts(timeouts), scratchSchema);
    }

    /**
     * An existing empty schema in which stamp, adopt and detect build revisions' schemas, for a user who may not
     * create schemas; null (the default) for a new schema that is rolled back.
     */
    public Migrations withScratchSchema(String schema) {
        return new Migrations(context, schema);
    }

    /** The database, revision files and timeouts every command here works with. */
    public MigrationContext context() {
        return context;
    }

    // --- commands that change the database (each under the migration lock)

    public UpgradeResult upgrade(String target) {
        return upgrade(target, ProgressListener.NONE);
    }

    public UpgradeResult upgrade(String target, ProgressListener listener) {
        return new Upgrade(context).run(target, listener);
    }

    public DowngradeResult downgrade(String target) {
        return downgrade(target, DestructiveDowngradeGuard.refusing(), false, ProgressListener.NONE);
    }

    /** @param fromFiles undo with the files' downgrade sections instead of those stored when each was applied */
    public DowngradeResult downgrade(String target, DestructiveDowngradeGuard guard, boolean fromFiles,
                                     ProgressListener listener) {
        return new Downgrade(context, guard, fromFiles).run(target, listener);
    }

    public RedoResult redo(String revision, DestructiveDowngradeGuard guard, ProgressListener listener) {
        return new Redo(context, guard).run(revision, listener);
    }

    public StampResult stamp(String target, boolean force) {
        return new Stamp(context, scratchSchema).run(target, force);
    }

    /** What {@link #adopt} would do, without changing anything. */
    public AdoptResult adoptionPlan(String target) {
        return new Adopt(context, scratchSchema).plan(target);
    }

    public AdoptResult adopt(String target, Consumer<AdoptResult.ExecutedStep> progress) {
        return new Adopt(context, scratchSchema).run(target, progress);
    }

    public AcceptEdit.AcceptEditResult acceptEdit(String revision, String reason) {
        return new AcceptEdit(context).run(revision, reason);
    }

    // --- commands that only read (no lock: they answer while a migration runs)

    public CurrentResult current() {
        return new Current(context).run();
    }

    public HistoryResult history() {
        return new History(context).run();
    }

    public Log.LogResult log() {
        return new Log(context).run();
    }

    public Heads.HeadsResult heads() {
        return new Heads(context).run();
    }

    /** Where the database differs from the schema {@code models} describe; it must be at head. */
    public CheckResult check(DesiredSchema models) {
        return new Check(context, models).run();
    }

    public PlanResult plan(String target) {
        return new Plan(context).run(target);
    }

    /** Which revision's schema the database has, for a database stratdb has recorded nothing on. */
    public DetectionResult detect() {
        return new DetectRevision(context, scratchSchema).run();
    }

    /** Signs of where an unrecorded database's schema came from (another tool's table, the application's tables). */
    public SchemaOrigin origin() {
        return new DetectRevision(context, scratchSchema).inspect();
    }

    /** The schema as SQL: with pg_dump when it is on PATH and new enough, else from the catalog. */
    public SchemaDumpResult schemaDump(boolean pgDumpAllowed) {
        SchemaDump dump = new SchemaDump(context);
        return (pgDumpAllowed ? dump : dump.withoutPgDump()).run();
    }

    // --- commands on the revision files (no database, except autogenerate, which reads it)

    public CreateRevision.CreateRevisionResult revision(String message) {
        return new CreateRevision(context).run(message);
    }

    public AutogenerateResult autogenerate(String message, DesiredSchema models) {
        return new Autogenerate(context, models).run(message);
    }

    public CreateRevision.CreateRevisionResult merge(List<String> revisions, String message) {
        return new CreateRevision(context).merge(revisions, message);
    }

    public LintResult lint() {
        return lint(context.files());
    }

    /** Lints files already read from this source (a caller may lint on another thread than the one that read). */
    public LintResult lint(List<RevisionFile> files) {
        return Linter.standard().lint(files);
    }

    /** The SQL an upgrade over {@code range} ("001:head") would run, bookkeeping included, for review. */
    public String upgradeSql(String range) {
        return new OfflineSql(context).upgrade(range);
    }

    public String downgradeSql(String range) {
        return new OfflineSql(context).downgrade(range);
    }
}
