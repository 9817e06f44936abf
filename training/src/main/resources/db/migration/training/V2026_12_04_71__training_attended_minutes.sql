-- Minutes attended per enrolment (docs/training.md, "Statistics"), kept by triggers in the transaction that marks
-- attendance or moves a slot, so that the statistics, the BPF and certificates read one row per enrolment
-- instead of summing its attendance lines. Exact (numeric sums of the same per-line minutes); rebuilt from the
-- lines by training_rebuild_attended_minutes.

-- The minutes one attendance line counts in a slot: the minutes connected when recorded (remote), capped at the
-- slot's length, else the slot's length. The one definition (the exports use it too).
CREATE FUNCTION training_line_minutes(minutes_connected integer, starts_at timestamptz, ends_at timestamptz)
    RETURNS numeric LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT CASE WHEN minutes_connected IS NOT NULL
                      THEN least(minutes_connected, extract(epoch FROM ends_at - starts_at) / 60)
                      ELSE extract(epoch FROM ends_at - starts_at) / 60 END $$;

CREATE TABLE training_attended_minutes (
    enrolment_id uuid PRIMARY KEY,
    org_id       uuid NOT NULL,
    minutes      numeric NOT NULL,
    FOREIGN KEY (org_id, enrolment_id) REFERENCES training_enrolments (org_id, id) ON DELETE CASCADE
);
CREATE INDEX training_attended_minutes_by_org ON training_attended_minutes (org_id);

-- Triggers and rebuilds of one organisation take this lock (shared / exclusive): a rebuild never interleaves with
-- attendance being marked.
CREATE FUNCTION training_attendance_lock(org uuid) RETURNS bigint
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT hashtextextended('training_attended_minutes:' || org::text, 0) $$;

-- Adds minutes to an enrolment's total: deltas, so that concurrent markings of one learner add up.
CREATE FUNCTION training_attended_add(org uuid, enrolment uuid, delta numeric) RETURNS void
    LANGUAGE sql AS $$
    INSERT INTO training_attended_minutes AS m (enrolment_id, org_id, minutes) VALUES (enrolment, org, delta)
    ON CONFLICT (enrolment_id) DO UPDATE SET minutes = m.minutes + excluded.minutes;
$$;

-- What one line counts now (0 unless present; 0 when its slot is gone: a deleted slot subtracted its lines first).
CREATE FUNCTION training_attendance_line_minutes(a training_attendance) RETURNS numeric
    LANGUAGE sql STABLE AS $$
    SELECT CASE WHEN a.status = 'PRESENT'
                THEN coalesce((SELECT training_line_minutes(a.minutes_connected, sl.starts_at, sl.ends_at)
                               FROM training_session_slots sl WHERE sl.org_id = a.org_id AND sl.id = a.slot_id), 0)
                ELSE 0 END;
$$;

CREATE FUNCTION training_attendance_changed() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        PERFORM pg_advisory_xact_lock_shared(training_attendance_lock(OLD.org_id));
        PERFORM training_attended_add(OLD.org_id, OLD.enrolment_id, -training_attendance_line_minutes(OLD));
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        PERFORM pg_advisory_xact_lock_shared(training_attendance_lock(NEW.org_id));
        PERFORM training_attended_add(NEW.org_id, NEW.enrolment_id, training_attendance_line_minutes(NEW));
    END IF;
    RETURN NULL;
END;
$$;

CREATE TRIGGER training_attended_minutes AFTER INSERT OR DELETE OR UPDATE OF org_id, slot_id, enrolment_id, status,
    minutes_connected ON training_attendance FOR EACH ROW EXECUTE FUNCTION training_attendance_changed();

-- A slot moved or resized changes what its present lines count; a slot deleted takes its lines' minutes away
-- before its lines go (ON DELETE CASCADE).
CREATE FUNCTION training_slot_changed() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_advisory_xact_lock_shared(training_attendance_lock(OLD.org_id));
    PERFORM training_attended_add(a.org_id, a.enrolment_id,
                -sum(training_line_minutes(a.minutes_connected, OLD.starts_at, OLD.ends_at)))
    FROM training_attendance a
    WHERE a.org_id = OLD.org_id AND a.slot_id = OLD.id AND a.status = 'PRESENT'
    GROUP BY a.org_id, a.enrolment_id;
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    PERFORM training_attended_add(a.org_id, a.enrolment_id,
                sum(training_line_minutes(a.minutes_connected, NEW.starts_at, NEW.ends_at)))
    FROM training_attendance a
    WHERE a.org_id = NEW.org_id AND a.slot_id = NEW.id AND a.status = 'PRESENT'
    GROUP BY a.org_id, a.enrolment_id;
    RETURN NEW;
END;
$$;

CREATE TRIGGER training_slot_moved AFTER UPDATE OF starts_at, ends_at ON training_session_slots
    FOR EACH ROW WHEN (OLD.starts_at IS DISTINCT FROM NEW.starts_at OR OLD.ends_at IS DISTINCT FROM NEW.ends_at)
    EXECUTE FUNCTION training_slot_changed();
CREATE TRIGGER training_slot_deleted BEFORE DELETE ON training_session_slots
    FOR EACH ROW EXECUTE FUNCTION training_slot_changed();

-- Recomputes the minutes attended of one organisation's enrolments (every organisation's when null).
CREATE FUNCTION training_rebuild_attended_minutes(org uuid) RETURNS void
    LANGUAGE plpgsql AS $$
DECLARE
    o uuid;
BEGIN
    FOR o IN SELECT DISTINCT x.org_id FROM (SELECT org_id FROM training_attendance UNION ALL
                                             SELECT org_id FROM training_attended_minutes) x
             WHERE org IS NULL OR x.org_id = org ORDER BY x.org_id LOOP
        PERFORM pg_advisory_xact_lock(training_attendance_lock(o));
        DELETE FROM training_attended_minutes WHERE org_id = o;
        INSERT INTO training_attended_minutes (enrolment_id, org_id, minutes)
        SELECT a.enrolment_id, o, sum(training_line_minutes(a.minutes_connected, sl.starts_at, sl.ends_at))
        FROM training_attendance a
        JOIN training_session_slots sl ON sl.org_id = a.org_id AND sl.id = a.slot_id
        WHERE a.org_id = o AND a.status = 'PRESENT'
        GROUP BY a.enrolment_id;
    END LOOP;
END;
$$;

SELECT training_rebuild_attended_minutes(NULL);
