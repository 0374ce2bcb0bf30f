-- This transaction's commit does not wait for its WAL to reach disk. A crash could lose the last batches of
-- sample games, never corrupt anything; SET LOCAL ends with the transaction, so a pooled connection is returned
-- as it came.
SET LOCAL synchronous_commit = off
