-- The tables whose foreign keys reference this one: what TRUNCATE ... CASCADE empties with it.
SELECT DISTINCT con.conrelid::regclass::text
FROM pg_constraint con
WHERE con.contype = 'f' AND con.confrelid = to_regclass(?) AND con.conrelid <> con.confrelid
