-- passerelle_rebuild_aggregates (V2026_12_04_79) also rebuilds training's figures per session (V2026_12_05_30).
CREATE OR REPLACE FUNCTION passerelle_rebuild_aggregates() RETURNS void
    LANGUAGE plpgsql AS $$
DECLARE
    o record;
BEGIN
    FOR o IN SELECT id, time_zone FROM organisations ORDER BY id LOOP
        PERFORM ticketing_rebuild_statistics(o.id, o.time_zone);
    END LOOP;
    PERFORM training_rebuild_attended_minutes(NULL);
    PERFORM training_rebuild_session_figures(NULL);
END;
$$;
