-- The one command that rebuilds every aggregate the statistics read, for every organisation (docs/operations.md):
--   psql -c 'select passerelle_rebuild_aggregates()'
-- Safe while the application runs: each organisation's rebuild holds its lock, so its ticket and attendance
-- changes wait for it (seconds for an agency, minutes at ten million tickets) and are then counted once.
CREATE FUNCTION passerelle_rebuild_aggregates() RETURNS void
    LANGUAGE plpgsql AS $$
DECLARE
    o record;
BEGIN
    FOR o IN SELECT id, time_zone FROM organisations ORDER BY id LOOP
        PERFORM ticketing_rebuild_statistics(o.id, o.time_zone);
    END LOOP;
    PERFORM training_rebuild_attended_minutes(NULL);
END;
$$;
