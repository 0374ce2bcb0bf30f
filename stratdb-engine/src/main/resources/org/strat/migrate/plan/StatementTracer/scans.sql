-- Table scans counted by this backend and not yet reported to the statistics system; within one transaction the
-- counts only grow, so the difference around a statement is what it read (a validation, a rewrite's read).
SELECT relname, seq_scan + coalesce(idx_scan, 0)
FROM pg_stat_xact_user_tables
WHERE schemaname = ?
