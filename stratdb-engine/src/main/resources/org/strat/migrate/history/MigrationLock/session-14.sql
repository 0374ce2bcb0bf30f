-- As session.sql, on PostgreSQL 14 and later, which also end sessions idle outside a transaction.
SELECT set_config('application_name', ?, false),
       set_config('idle_in_transaction_session_timeout', '0', false),
       set_config('idle_session_timeout', '0', false)
