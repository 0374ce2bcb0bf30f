-- For this transaction only (SET LOCAL ends with it, so a pooled connection is returned as it came).
-- lock_timeout: a table another session is using fails the load at once, with a clear message, instead of
-- waiting behind it (SampleData's message, the sample-data help and the README say 5 s).
-- synchronous_commit: the commit does not wait for its WAL to reach disk; a crash could lose the load, never
-- corrupt anything.
-- maintenance_work_mem: each index is sorted in memory. work_mem: each re-added foreign key is checked by one
-- hash join that fits in memory.
SET LOCAL lock_timeout = '5s';
SET LOCAL synchronous_commit = off;
SET LOCAL maintenance_work_mem = '256MB';
SET LOCAL work_mem = '64MB'
