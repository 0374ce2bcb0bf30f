-- How many relations, types and routines a schema holds: a scratch schema given by name must be empty.
SELECT (SELECT count(*) FROM pg_class WHERE relnamespace = n.oid)
     + (SELECT count(*) FROM pg_type t WHERE typnamespace = n.oid AND typrelid = 0 AND typelem = 0)
     + (SELECT count(*) FROM pg_proc WHERE pronamespace = n.oid)
FROM pg_namespace n
WHERE n.nspname = ?
