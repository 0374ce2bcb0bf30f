package org.strat.migrate.plan;

import java.util.EnumSet;
import java.util.Set;

/**
 * PostgreSQL's table-level lock modes, named as {@code pg_locks.mode} names them, with the conflict table of the
 * documentation ("Explicit Locking", table "Conflicting Lock Modes"; the same table is {@code LockConflicts} in
 * src/backend/storage/lmgr/lock.c). The one owner of that table in this code.
 *
 * <p>Declared from weakest to strongest: a later mode conflicts with at least as many modes as an earlier one.
 */
public enum LockMode {
    ACCESS_SHARE("AccessShareLock"),
    ROW_SHARE("RowShareLock"),
    ROW_EXCLUSIVE("RowExclusiveLock"),
    SHARE_UPDATE_EXCLUSIVE("ShareUpdateExclusiveLock"),
    SHARE("ShareLock"),
    SHARE_ROW_EXCLUSIVE("ShareRowExclusiveLock"),
    EXCLUSIVE("ExclusiveLock"),
    ACCESS_EXCLUSIVE("AccessExclusiveLock");

    private final String pgName;

    LockMode(String pgName) {
        this.pgName = pgName;
    }

    /** The name {@code pg_locks.mode} shows, e.g. {@code AccessExclusiveLock}. */
    public String pgName() {
        return pgName;
    }

    /** The mode {@code pg_locks} names so, or null for a name that is not a table-level lock mode. */
    public static LockMode ofPgName(String name) {
        for (LockMode mode : values()) {
            if (mode.pgName.equals(name)) {
                return mode;
            }
        }
        return null;
    }

    /** Whether two sessions cannot hold this mode and {@code other} on the same relation at once. */
    public boolean conflictsWith(LockMode other) {
        return conflicts().contains(other);
    }

    /** Whether every mode that conflicts with {@code other} also conflicts with this one (so this one says all). */
    public boolean covers(LockMode other) {
        return conflicts().containsAll(other.conflicts());
    }

    /** The modes this one conflicts with, row by row as the documentation's table gives them. */
    public Set<LockMode> conflicts() {
        return switch (this) {
            case ACCESS_SHARE -> EnumSet.of(ACCESS_EXCLUSIVE);
            case ROW_SHARE -> EnumSet.of(EXCLUSIVE, ACCESS_EXCLUSIVE);
            case ROW_EXCLUSIVE -> EnumSet.of(SHARE, SHARE_ROW_EXCLUSIVE, EXCLUSIVE, ACCESS_EXCLUSIVE);
            case SHARE_UPDATE_EXCLUSIVE -> EnumSet.of(SHARE_UPDATE_EXCLUSIVE, SHARE, SHARE_ROW_EXCLUSIVE, EXCLUSIVE,
                    ACCESS_EXCLUSIVE);
            case SHARE -> EnumSet.of(ROW_EXCLUSIVE, SHARE_UPDATE_EXCLUSIVE, SHARE_ROW_EXCLUSIVE, EXCLUSIVE, ACCESS_EXCLUSIVE);
            case SHARE_ROW_EXCLUSIVE -> EnumSet.of(ROW_EXCLUSIVE, SHARE_UPDATE_EXCLUSIVE, SHARE, SHARE_ROW_EXCLUSIVE,
                    EXCLUSIVE, ACCESS_EXCLUSIVE);
            case EXCLUSIVE -> EnumSet.of(ROW_SHARE, ROW_EXCLUSIVE, SHARE_UPDATE_EXCLUSIVE, SHARE, SHARE_ROW_EXCLUSIVE,
                    EXCLUSIVE, ACCESS_EXCLUSIVE);
            case ACCESS_EXCLUSIVE -> EnumSet.allOf(LockMode.class);
        };
    }

    /** What a lock in this mode stops other sessions from doing, in the words operators use. */
    public String blocks() {
        return switch (this) {
            case ACCESS_SHARE -> "blocks only ALTER/DROP/TRUNCATE/VACUUM FULL";
            case ROW_SHARE -> "blocks only EXCLUSIVE and ACCESS EXCLUSIVE locks";
            case ROW_EXCLUSIVE -> "blocks CREATE INDEX and stronger locks; reads and writes go on";
            case SHARE_UPDATE_EXCLUSIVE -> "blocks VACUUM, ANALYZE, other schema changes; reads and writes go on";
            case SHARE -> "blocks writes; reads go on";
            case SHARE_ROW_EXCLUSIVE -> "blocks writes; reads go on";
            case EXCLUSIVE -> "blocks writes and SELECT FOR UPDATE; plain reads go on";
            case ACCESS_EXCLUSIVE -> "blocks every read and write";
        };
    }
}
