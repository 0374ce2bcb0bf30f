-- The session that holds the migration lock is the one that does the work. It names its holder for waiters, and
-- is immune to the server's idle timeouts, which would otherwise end it (and release the lock) while the command
-- works between statements.
SELECT set_config('application_name', ?, false),
       set_config('idle_in_transaction_session_timeout', '0', false)
