-- The scratch database is thrown away: its commits need not wait for the disk (one per traced statement).
SELECT set_config('synchronous_commit', 'off', false)
