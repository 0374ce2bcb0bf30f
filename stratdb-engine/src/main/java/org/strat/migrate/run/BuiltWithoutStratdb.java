package org.strat.migrate.run;

import org.strat.migrate.history.SchemaHistory;
import org.strat.migrate.stamp.DetectRevision;
import org.strat.migrate.stamp.SchemaOrigin;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * The first revision of an upgrade failed because its objects exist already, on a database where stratdb had
 * recorded nothing: it was built some other way (create_all, Alembic) and must be adopted, not upgraded. The upgrade
 * then takes back what it created of its own (the empty bookkeeping tables), so the database is exactly as it found
 * it, and says to run adopt instead of "fix the revision file".
 */
final class BuiltWithoutStratdb {

    private BuiltWithoutStratdb() {
    }

    static boolean isTheCause(RevisionFailedException failure) {
        return failure.getCause() instanceof SQLException sql && RevisionRunner.DUPLICATE_OBJECT_STATES.contains(sql.getSQLState());
    }

    /** Drops the bookkeeping tables when they hold nothing, and returns the refusal to throw. */
    static MigrationRefusedException refusal(Connection connection, SchemaHistory history, RevisionFailedException failure)
            throws SQLException {
        history.dropIfEmpty();
        SchemaOrigin origin = DetectRevision.origin(connection);
        String legacy = origin.alembicSays() == null ? "" : " (" + origin.alembicSays() + ")";
        SQLException cause = (SQLException) failure.getCause();
        return new MigrationRefusedException("This database already has " + origin.applicationTables() + " table(s)"
                + legacy + " but stratdb has no revision recorded, so revision " + failure.revision() + " cannot create"
                + " them (" + RevisionRunner.databaseMessage(cause) + "): it was built without stratdb. Nothing was"
                + " changed. Run \"stratdb adopt\" to make its schema a revision's and record it (preview with"
                + " \"stratdb adopt --sql\"), then \"stratdb upgrade head\".");
    }
}
