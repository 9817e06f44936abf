-- Figures per session (docs/training.md, "Statistics"): half-day slots, seated enrolments and the hot surveys of
-- the learners who entered, kept by triggers in the transaction that adds or deletes a slot, enrols, changes an
-- enrolment's status or session, or records, changes or deletes a survey; so that the yearly statistics read one
-- row per held session instead of joining its slots, enrolments and surveys. Each change recounts its session
-- from the raw rows (about 20 slots and 10 enrolments): exact by construction. Rebuilt by
-- training_rebuild_session_figures.

CREATE TABLE training_session_figures (
    session_id  uuid PRIMARY KEY,
    org_id      uuid NOT NULL,
    slots       integer NOT NULL,
    seated      integer NOT NULL,
    surveys     integer NOT NULL,
    satisfied   integer NOT NULL,
    FOREIGN KEY (org_id, session_id) REFERENCES training_sessions (org_id, id) ON DELETE CASCADE
);
CREATE INDEX training_session_figures_by_org ON training_session_figures (org_id);

-- The figures of each session counted from the raw rows: the one definition (triggers and rebuilds read it with
-- a session or an organisation, which the planner pushes into the lateral subqueries). Surveys count the hot
-- ones of the learners who entered (SELECTED, CONFIRMED, COMPLETED, NO_SHOW, DROPPED), as the outcomes do.
CREATE VIEW training_session_figures_counted AS
SELECT s.org_id, s.id AS session_id,
       (SELECT count(*) FROM training_session_slots sl WHERE sl.org_id = s.org_id AND sl.session_id = s.id)::integer
           AS slots,
       l.seated, l.surveys, l.satisfied
FROM training_sessions s
CROSS JOIN LATERAL (
    SELECT (count(*) FILTER (WHERE e.status IN ('SELECTED', 'CONFIRMED', 'COMPLETED')))::integer AS seated,
           count(v.overall)::integer AS surveys, (count(*) FILTER (WHERE v.overall >= 4))::integer AS satisfied
    FROM training_enrolments e
    LEFT JOIN training_surveys v ON v.org_id = e.org_id AND v.enrolment_id = e.id AND v.kind = 'HOT'
    WHERE e.org_id = s.org_id AND e.session_id = s.id
      AND e.status IN ('SELECTED', 'CONFIRMED', 'COMPLETED', 'NO_SHOW', 'DROPPED')
) l;

-- Triggers take an organisation's lock shared and rebuilds exclusive: a rebuild never interleaves with changes.
CREATE FUNCTION training_session_figures_lock(org uuid) RETURNS bigint
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT hashtextextended('training_session_figures:' || org::text, 0) $$;

-- Recounts one session. Its own lock, held to the commit, makes concurrent changes of one session recount one
-- after the other; the recount is a later statement, so under READ COMMITTED it sees what the previous holder
-- committed. Nothing is written for a session being deleted (its row goes by ON DELETE CASCADE).
CREATE FUNCTION training_session_figures_recount(org uuid, session uuid) RETURNS void
    LANGUAGE plpgsql AS $$
BEGIN
    IF org IS NULL OR session IS NULL THEN
        RETURN;
    END IF;
    PERFORM pg_advisory_xact_lock_shared(training_session_figures_lock(org));
    PERFORM pg_advisory_xact_lock(hashtextextended('training_session_figures:' || session::text, 0));
    INSERT INTO training_session_figures AS f (session_id, org_id, slots, seated, surveys, satisfied)
    SELECT c.session_id, c.org_id, c.slots, c.seated, c.surveys, c.satisfied
    FROM training_session_figures_counted c WHERE c.org_id = org AND c.session_id = session
    ON CONFLICT (session_id) DO UPDATE SET slots = excluded.slots, seated = excluded.seated,
        surveys = excluded.surveys, satisfied = excluded.satisfied;
END;
$$;

-- Recounts the old and the new session of a row (in a fixed order, so that two moves never deadlock).
CREATE FUNCTION training_session_figures_recount(org_old uuid, old_session uuid, org_new uuid, new_session uuid)
    RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    IF old_session IS NOT DISTINCT FROM new_session AND org_old IS NOT DISTINCT FROM org_new THEN
        PERFORM training_session_figures_recount(org_new, new_session);
    ELSIF old_session IS NULL OR (new_session IS NOT NULL AND new_session < old_session) THEN
        PERFORM training_session_figures_recount(org_new, new_session);
        PERFORM training_session_figures_recount(org_old, old_session);
    ELSE
        PERFORM training_session_figures_recount(org_old, old_session);
        PERFORM training_session_figures_recount(org_new, new_session);
    END IF;
END;
$$;

-- A slot or an enrolment added, deleted or moved to another session; an enrolment's status moves it in or out of
-- the seated count and its hot survey in or out of the surveys.
CREATE FUNCTION training_session_figures_row_changed() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    PERFORM training_session_figures_recount(
        CASE WHEN TG_OP <> 'INSERT' THEN OLD.org_id END, CASE WHEN TG_OP <> 'INSERT' THEN OLD.session_id END,
        CASE WHEN TG_OP <> 'DELETE' THEN NEW.org_id END, CASE WHEN TG_OP <> 'DELETE' THEN NEW.session_id END);
    RETURN NULL;
END;
$$;

CREATE TRIGGER training_session_figures AFTER INSERT OR DELETE OR UPDATE OF org_id, session_id
    ON training_session_slots FOR EACH ROW EXECUTE FUNCTION training_session_figures_row_changed();
CREATE TRIGGER training_session_figures AFTER INSERT OR DELETE OR UPDATE OF org_id, session_id, status
    ON training_enrolments FOR EACH ROW EXECUTE FUNCTION training_session_figures_row_changed();

-- A survey reaches its session through its enrolment.
CREATE FUNCTION training_session_figures_survey_changed() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    PERFORM training_session_figures_recount(
        (SELECT e.org_id FROM training_enrolments e WHERE TG_OP <> 'INSERT' AND e.org_id = OLD.org_id
                                                       AND e.id = OLD.enrolment_id),
        (SELECT e.session_id FROM training_enrolments e WHERE TG_OP <> 'INSERT' AND e.org_id = OLD.org_id
                                                           AND e.id = OLD.enrolment_id),
        (SELECT e.org_id FROM training_enrolments e WHERE TG_OP <> 'DELETE' AND e.org_id = NEW.org_id
                                                       AND e.id = NEW.enrolment_id),
        (SELECT e.session_id FROM training_enrolments e WHERE TG_OP <> 'DELETE' AND e.org_id = NEW.org_id
                                                           AND e.id = NEW.enrolment_id));
    RETURN NULL;
END;
$$;

CREATE TRIGGER training_session_figures AFTER INSERT OR DELETE OR UPDATE OF org_id, enrolment_id, kind, overall
    ON training_surveys FOR EACH ROW EXECUTE FUNCTION training_session_figures_survey_changed();

-- Recounts the figures of one organisation's sessions (every organisation's when null).
CREATE FUNCTION training_rebuild_session_figures(org uuid) RETURNS void
    LANGUAGE plpgsql AS $$
DECLARE
    o uuid;
BEGIN
    FOR o IN SELECT DISTINCT x.org_id FROM (SELECT org_id FROM training_sessions UNION ALL
                                             SELECT org_id FROM training_session_figures) x
             WHERE org IS NULL OR x.org_id = org ORDER BY x.org_id LOOP
        PERFORM pg_advisory_xact_lock(training_session_figures_lock(o));
        DELETE FROM training_session_figures WHERE org_id = o;
        INSERT INTO training_session_figures (session_id, org_id, slots, seated, surveys, satisfied)
        SELECT c.session_id, c.org_id, c.slots, c.seated, c.surveys, c.satisfied
        FROM training_session_figures_counted c WHERE c.org_id = o;
    END LOOP;
END;
$$;

SELECT training_rebuild_session_figures(NULL);
