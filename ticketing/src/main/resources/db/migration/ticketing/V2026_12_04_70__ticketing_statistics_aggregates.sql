-- Aggregates behind the ticketing statistics (docs/ticketing.md, "Statistics"): per organisation and local day
-- (in the zone they were built in), so that a year reads a few hundred thousand small rows instead of scanning
-- millions of tickets. A ticket's contribution is a pure function of its row (the *_facts functions below);
-- a deferred trigger subtracts the old row's contribution and adds the new one at commit, in the ticket's own
-- transaction; ticketing_rebuild_statistics recomputes an organisation's rows from the tickets with the same
-- functions. Nothing is maintained for an organisation until its first rebuild (its first statistics read does
-- it, and again whenever its time zone differs from the one recorded here).

CREATE TABLE ticket_statistics_zones (
    org_id    uuid PRIMARY KEY REFERENCES organisations (id),
    time_zone text NOT NULL
);

-- Tickets created per day and per value of each dimension the statistics group by (ALL has value '');
-- the recategorisation sums are kept on the ALL rows only.
CREATE TABLE ticket_created_counts (
    org_id                   uuid NOT NULL,
    dimension                text NOT NULL CHECK (dimension IN ('ALL', 'TYPE', 'LEVEL', 'CATEGORY', 'TEAM', 'MEMBER')),
    day                      date NOT NULL,
    value                    text NOT NULL,
    created                  bigint NOT NULL,
    recategorised            bigint NOT NULL,
    processed_recategorised  bigint NOT NULL,
    processing_recategorised bigint NOT NULL,
    processed_other          bigint NOT NULL,
    processing_other         bigint NOT NULL,
    PRIMARY KEY (org_id, dimension, day, value)
);

-- Tickets resolved per day and level: SLA, satisfaction and processing-time sums.
CREATE TABLE ticket_resolution_counts (
    org_id            uuid NOT NULL,
    day               date NOT NULL,
    level             text NOT NULL,
    resolved          bigint NOT NULL,
    responded         bigint NOT NULL,
    responded_in_time bigint NOT NULL,
    resolved_in_time  bigint NOT NULL,
    rated             bigint NOT NULL,
    score_sum         bigint NOT NULL,
    processed         bigint NOT NULL,
    processing_sum    bigint NOT NULL,
    business_processed bigint NOT NULL,
    business_sum      bigint NOT NULL,
    PRIMARY KEY (org_id, day, level)
);

-- Processing times per day, level and kind (calendar or business) in log-scale buckets of 2 % width, for the
-- medians: bucket 0 holds 0 s, bucket b >= 1 holds [1.02^(b-1), 1.02^b) s, read back as 1.02^(b-0.5),
-- so a median is within 1 % of the exact one (before rounding to the second).
CREATE TABLE ticket_processing_histogram (
    org_id   uuid NOT NULL,
    day      date NOT NULL,
    level    text NOT NULL,
    business boolean NOT NULL,
    bucket   integer NOT NULL,
    tickets  bigint NOT NULL,
    PRIMARY KEY (org_id, day, level, business, bucket)
);

-- The backlog at the end of day D is the sum of the changes of the days up to D: +1 the day a ticket is
-- created (unless it awaits approval, or is cancelled without a closing date), -1 the day it leaves (resolved,
-- or closed as cancelled).
CREATE TABLE ticket_backlog_changes (
    org_id uuid NOT NULL,
    day    date NOT NULL,
    change bigint NOT NULL,
    PRIMARY KEY (org_id, day)
);

CREATE FUNCTION ticket_duration_bucket(seconds bigint) RETURNS integer
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT CASE WHEN seconds < 1 THEN 0 ELSE floor(ln(seconds::double precision) / ln(1.02::double precision))::integer + 1 END $$;

CREATE FUNCTION ticket_created_facts(t tickets, zone text)
    RETURNS TABLE (dimension text, day date, value text, created integer, recategorised integer,
                   processed_recategorised integer, processing_recategorised bigint, processed_other integer,
                   processing_other bigint)
    LANGUAGE sql STABLE PARALLEL SAFE
    AS $$
        SELECT d.dimension, (t.created_at AT TIME ZONE zone)::date, d.value, 1,
               CASE WHEN d.dimension = 'ALL' AND t.recategorised > 0 THEN 1 ELSE 0 END,
               CASE WHEN d.dimension = 'ALL' AND t.recategorised > 0 AND t.processing_seconds IS NOT NULL THEN 1 ELSE 0 END,
               CASE WHEN d.dimension = 'ALL' AND t.recategorised > 0 THEN coalesce(t.processing_seconds, 0) ELSE 0 END,
               CASE WHEN d.dimension = 'ALL' AND t.recategorised = 0 AND t.processing_seconds IS NOT NULL THEN 1 ELSE 0 END,
               CASE WHEN d.dimension = 'ALL' AND t.recategorised = 0 THEN coalesce(t.processing_seconds, 0) ELSE 0 END
        FROM (VALUES ('ALL', ''), ('TYPE', t.type), ('LEVEL', t.level), ('CATEGORY', t.category_id::text),
                     ('TEAM', t.team_id::text), ('MEMBER', t.member_id::text)) AS d (dimension, value);
    $$;

CREATE FUNCTION ticket_resolution_facts(t tickets, zone text)
    RETURNS TABLE (day date, level text, resolved integer, responded integer, responded_in_time integer,
                   resolved_in_time integer, rated integer, score_sum integer, processed integer, processing_sum bigint,
                   business_processed integer, business_sum bigint)
    LANGUAGE sql STABLE PARALLEL SAFE
    AS $$
        SELECT (t.resolved_at AT TIME ZONE zone)::date, t.level, 1,
               (t.first_responded_at IS NOT NULL)::integer,
               (t.first_responded_at IS NOT NULL AND NOT t.first_response_breached)::integer,
               (NOT t.resolution_breached)::integer,
               (t.satisfaction_score IS NOT NULL)::integer, coalesce(t.satisfaction_score, 0),
               (t.processing_seconds IS NOT NULL)::integer, coalesce(t.processing_seconds, 0),
               (t.processing_seconds IS NOT NULL AND t.processing_business_seconds IS NOT NULL)::integer,
               CASE WHEN t.processing_seconds IS NOT NULL THEN coalesce(t.processing_business_seconds, 0) ELSE 0 END
        WHERE t.resolved_at IS NOT NULL;
    $$;

CREATE FUNCTION ticket_duration_facts(t tickets, zone text)
    RETURNS TABLE (day date, level text, business boolean, bucket integer)
    LANGUAGE sql STABLE PARALLEL SAFE
    AS $$
        SELECT (t.resolved_at AT TIME ZONE zone)::date, t.level, d.business, ticket_duration_bucket(d.seconds)
        FROM (VALUES (false, t.processing_seconds), (true, t.processing_business_seconds)) AS d (business, seconds)
        WHERE t.resolved_at IS NOT NULL AND t.processing_seconds IS NOT NULL AND d.seconds IS NOT NULL;
    $$;

CREATE FUNCTION ticket_backlog_facts(t tickets, zone text)
    RETURNS TABLE (day date, change integer)
    LANGUAGE sql STABLE PARALLEL SAFE
    AS $$
        SELECT (d.at AT TIME ZONE zone)::date, d.change
        FROM (VALUES (t.created_at, 1),
                     (least(t.resolved_at, CASE WHEN t.status = 'CANCELLED' THEN t.closed_at END), -1)) AS d (at, change)
        WHERE t.status <> 'AWAITING_APPROVAL' AND d.at IS NOT NULL
          AND NOT (t.status = 'CANCELLED' AND t.closed_at IS NULL); -- never counted, as in the raw definition
    $$;

-- Trigger side and rebuild side take this lock (shared / exclusive) so that a rebuild never interleaves with an
-- organisation's ticket changes.
CREATE FUNCTION ticket_statistics_lock(org uuid) RETURNS bigint
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT hashtextextended('ticket_statistics:' || org::text, 0) $$;

-- Adds one ticket row's contribution, times sign (1 or -1), to the aggregates of its organisation.
CREATE FUNCTION ticket_statistics_add(t tickets, sign integer) RETURNS void
    LANGUAGE plpgsql AS $$
DECLARE
    zone text;
BEGIN
    PERFORM pg_advisory_xact_lock_shared(ticket_statistics_lock(t.org_id));
    SELECT z.time_zone INTO zone FROM ticket_statistics_zones z WHERE z.org_id = t.org_id;
    IF zone IS NULL THEN
        RETURN; -- not built yet: the first rebuild counts this ticket
    END IF;
    INSERT INTO ticket_created_counts AS c
    SELECT t.org_id, f.dimension, f.day, f.value, sign * f.created, sign * f.recategorised,
           sign * f.processed_recategorised, sign * f.processing_recategorised, sign * f.processed_other,
           sign * f.processing_other
    FROM ticket_created_facts(t, zone) f
    ON CONFLICT (org_id, dimension, day, value) DO UPDATE SET
        created = c.created + excluded.created, recategorised = c.recategorised + excluded.recategorised,
        processed_recategorised = c.processed_recategorised + excluded.processed_recategorised,
        processing_recategorised = c.processing_recategorised + excluded.processing_recategorised,
        processed_other = c.processed_other + excluded.processed_other,
        processing_other = c.processing_other + excluded.processing_other;
    INSERT INTO ticket_resolution_counts AS c
    SELECT t.org_id, f.day, f.level, sign * f.resolved, sign * f.responded, sign * f.responded_in_time,
           sign * f.resolved_in_time, sign * f.rated, sign * f.score_sum, sign * f.processed, sign * f.processing_sum,
           sign * f.business_processed, sign * f.business_sum
    FROM ticket_resolution_facts(t, zone) f
    ON CONFLICT (org_id, day, level) DO UPDATE SET
        resolved = c.resolved + excluded.resolved, responded = c.responded + excluded.responded,
        responded_in_time = c.responded_in_time + excluded.responded_in_time,
        resolved_in_time = c.resolved_in_time + excluded.resolved_in_time, rated = c.rated + excluded.rated,
        score_sum = c.score_sum + excluded.score_sum, processed = c.processed + excluded.processed,
        processing_sum = c.processing_sum + excluded.processing_sum,
        business_processed = c.business_processed + excluded.business_processed,
        business_sum = c.business_sum + excluded.business_sum;
    INSERT INTO ticket_processing_histogram AS c
    SELECT t.org_id, f.day, f.level, f.business, f.bucket, sign
    FROM ticket_duration_facts(t, zone) f
    ON CONFLICT (org_id, day, level, business, bucket) DO UPDATE SET tickets = c.tickets + excluded.tickets;
    INSERT INTO ticket_backlog_changes AS c
    SELECT t.org_id, f.day, sum(sign * f.change) FROM ticket_backlog_facts(t, zone) f GROUP BY f.day
    ON CONFLICT (org_id, day) DO UPDATE SET change = c.change + excluded.change;
END;
$$;

CREATE FUNCTION ticket_statistics_changed() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND (OLD.org_id, OLD.created_at, OLD.type, OLD.level, OLD.category_id, OLD.team_id,
            OLD.member_id, OLD.recategorised, OLD.processing_seconds, OLD.processing_business_seconds, OLD.resolved_at,
            OLD.first_responded_at, OLD.first_response_breached, OLD.resolution_breached, OLD.satisfaction_score,
            OLD.status = 'AWAITING_APPROVAL', OLD.status = 'CANCELLED', OLD.closed_at)
        IS NOT DISTINCT FROM (NEW.org_id, NEW.created_at, NEW.type, NEW.level, NEW.category_id, NEW.team_id,
            NEW.member_id, NEW.recategorised, NEW.processing_seconds, NEW.processing_business_seconds, NEW.resolved_at,
            NEW.first_responded_at, NEW.first_response_breached, NEW.resolution_breached, NEW.satisfaction_score,
            NEW.status = 'AWAITING_APPROVAL', NEW.status = 'CANCELLED', NEW.closed_at) THEN
        RETURN NULL; -- nothing the statistics count has changed
    END IF;
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        PERFORM ticket_statistics_add(OLD, -1);
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        PERFORM ticket_statistics_add(NEW, 1);
    END IF;
    RETURN NULL;
END;
$$;

-- Deferred to commit: the aggregate rows (one per organisation and day are shared by all of its tickets) stay
-- locked only while the transaction commits, not while it does its other work.
CREATE CONSTRAINT TRIGGER ticket_statistics AFTER INSERT OR UPDATE OR DELETE ON tickets
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION ticket_statistics_changed();

-- Recomputes the aggregates of one organisation from its tickets, days taken in the given time zone.
CREATE FUNCTION ticketing_rebuild_statistics(org uuid, zone text) RETURNS void
    LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_advisory_xact_lock(ticket_statistics_lock(org));
    INSERT INTO ticket_statistics_zones (org_id, time_zone) VALUES (org, zone)
    ON CONFLICT (org_id) DO UPDATE SET time_zone = excluded.time_zone;
    DELETE FROM ticket_created_counts WHERE org_id = org;
    DELETE FROM ticket_resolution_counts WHERE org_id = org;
    DELETE FROM ticket_processing_histogram WHERE org_id = org;
    DELETE FROM ticket_backlog_changes WHERE org_id = org;
    INSERT INTO ticket_created_counts
    SELECT org, f.dimension, f.day, f.value, sum(f.created), sum(f.recategorised), sum(f.processed_recategorised),
           sum(f.processing_recategorised), sum(f.processed_other), sum(f.processing_other)
    FROM tickets t, ticket_created_facts(t, zone) f WHERE t.org_id = org
    GROUP BY f.dimension, f.day, f.value;
    INSERT INTO ticket_resolution_counts
    SELECT org, f.day, f.level, sum(f.resolved), sum(f.responded), sum(f.responded_in_time), sum(f.resolved_in_time),
           sum(f.rated), sum(f.score_sum), sum(f.processed), sum(f.processing_sum), sum(f.business_processed),
           sum(f.business_sum)
    FROM tickets t, ticket_resolution_facts(t, zone) f WHERE t.org_id = org
    GROUP BY f.day, f.level;
    INSERT INTO ticket_processing_histogram
    SELECT org, f.day, f.level, f.business, f.bucket, count(*)
    FROM tickets t, ticket_duration_facts(t, zone) f WHERE t.org_id = org
    GROUP BY f.day, f.level, f.business, f.bucket;
    INSERT INTO ticket_backlog_changes
    SELECT org, f.day, sum(f.change)
    FROM tickets t, ticket_backlog_facts(t, zone) f WHERE t.org_id = org
    GROUP BY f.day;
END;
$$;
