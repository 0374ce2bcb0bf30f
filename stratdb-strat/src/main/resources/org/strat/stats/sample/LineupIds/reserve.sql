-- Ids for a batch's lineup entries, drawn from the serial's own sequence so that they never collide with rows
-- written by anyone else; another session drawing at the same time only makes them non-contiguous.
SELECT nextval(pg_get_serial_sequence('lineups', 'id'))::integer AS id
FROM generate_series(1, ?)
