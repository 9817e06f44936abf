-- Selective sessions: enrolments are applications until the training team selects, optionally giving
-- priority to learners coming from a member structure of the network.
ALTER TABLE training_sessions ADD COLUMN selective boolean NOT NULL DEFAULT false;
ALTER TABLE training_sessions ADD COLUMN member_priority boolean NOT NULL DEFAULT false;

-- What the BPF (cerfa 10443) classifies a course by: the general objective (section F-3) and the
-- speciality (NSF code, section F-4); when the cold survey is due after the session ends.
ALTER TABLE training_courses ADD COLUMN bpf_objective text NOT NULL DEFAULT 'OTHER_PROFESSIONAL'
    CHECK (bpf_objective IN ('RNCP_CERTIFICATION', 'RS_CERTIFICATION', 'CQP', 'OTHER_PROFESSIONAL',
                             'SKILLS_ASSESSMENT', 'VAE'));
ALTER TABLE training_courses ADD COLUMN speciality_code text;
ALTER TABLE training_courses ADD COLUMN speciality_label text;
ALTER TABLE training_courses ADD COLUMN cold_survey_delay_days integer NOT NULL DEFAULT 90
    CHECK (cold_survey_delay_days BETWEEN 1 AND 730);

-- Per enrolment: the price invoiced (BPF section C), self-paced time and progress (a partner LMS may push
-- them), the assessment of the objectives reached (Qualiopi indicator 11).
ALTER TABLE training_enrolments ADD COLUMN price_eur numeric(10, 2) CHECK (price_eur >= 0);
ALTER TABLE training_enrolments ADD COLUMN time_spent_minutes integer NOT NULL DEFAULT 0 CHECK (time_spent_minutes >= 0);
ALTER TABLE training_enrolments ADD COLUMN progress_percent integer CHECK (progress_percent BETWEEN 0 AND 100);
ALTER TABLE training_enrolments ADD COLUMN assessment text
    CHECK (assessment IN ('REACHED', 'PARTIALLY_REACHED', 'NOT_REACHED'));
ALTER TABLE training_enrolments ADD COLUMN assessment_comment text;
CREATE INDEX training_enrolments_by_status ON training_enrolments (org_id, status);

-- Attendance per half-day slot and learner: the émargement. A line is signed by the learner within the
-- slot's window or marked by a trainer, then counter-signed by a trainer, after which it no longer changes.
CREATE TABLE training_attendance (
    id                uuid PRIMARY KEY,
    org_id            uuid NOT NULL REFERENCES organisations (id),
    slot_id           uuid NOT NULL,
    enrolment_id      uuid NOT NULL,
    status            text NOT NULL CHECK (status IN ('PRESENT', 'ABSENT', 'EXCUSED')),
    minutes_connected integer CHECK (minutes_connected BETWEEN 0 AND 300),
    signed_at         timestamptz,
    marked_by         uuid REFERENCES people (id),
    countersigned_by  uuid REFERENCES people (id),
    countersigned_at  timestamptz,
    version           bigint NOT NULL DEFAULT 0,
    created_at        timestamptz NOT NULL,
    updated_at        timestamptz NOT NULL,
    UNIQUE (slot_id, enrolment_id),
    FOREIGN KEY (org_id, slot_id) REFERENCES training_session_slots (org_id, id) ON DELETE CASCADE,
    FOREIGN KEY (org_id, enrolment_id) REFERENCES training_enrolments (org_id, id),
    CHECK (status = 'PRESENT' OR signed_at IS NULL)
);
CREATE INDEX training_attendance_by_enrolment ON training_attendance (org_id, enrolment_id);

-- Satisfaction surveys: hot at the end, cold after the course's delay; overall 1–5 (4–5 = satisfied).
CREATE TABLE training_surveys (
    id            uuid PRIMARY KEY,
    org_id        uuid NOT NULL REFERENCES organisations (id),
    enrolment_id  uuid NOT NULL,
    kind          text NOT NULL CHECK (kind IN ('HOT', 'COLD')),
    overall       integer NOT NULL CHECK (overall BETWEEN 1 AND 5),
    answers       jsonb NOT NULL DEFAULT '{}',
    comment       text,
    version       bigint NOT NULL DEFAULT 0,
    created_at    timestamptz NOT NULL,
    updated_at    timestamptz NOT NULL,
    UNIQUE (enrolment_id, kind),
    FOREIGN KEY (org_id, enrolment_id) REFERENCES training_enrolments (org_id, id)
);
CREATE INDEX training_surveys_by_enrolment ON training_surveys (org_id, enrolment_id, kind);

-- Complaints and incidents register (Qualiopi indicator 31) and improvement actions (indicator 32).
CREATE TABLE training_complaints (
    id           uuid PRIMARY KEY,
    org_id       uuid NOT NULL REFERENCES organisations (id),
    kind         text NOT NULL CHECK (kind IN ('COMPLAINT', 'INCIDENT')),
    received_on  date NOT NULL,
    source       text NOT NULL CHECK (source IN ('LEARNER', 'CLIENT', 'FUNDER', 'TRAINER', 'STAFF', 'OTHER')),
    session_id   uuid,
    subject      text NOT NULL,
    description  text,
    answer       text,
    answered_on  date,
    action       text,
    status       text NOT NULL CHECK (status IN ('OPEN', 'ANSWERED', 'CLOSED')),
    version      bigint NOT NULL DEFAULT 0,
    created_at   timestamptz NOT NULL,
    updated_at   timestamptz NOT NULL,
    UNIQUE (org_id, id),
    FOREIGN KEY (org_id, session_id) REFERENCES training_sessions (org_id, id),
    CHECK (status = 'OPEN' OR answer IS NOT NULL)
);
CREATE INDEX training_complaints_by_date ON training_complaints (org_id, received_on DESC);

CREATE TABLE training_improvements (
    id            uuid PRIMARY KEY,
    org_id        uuid NOT NULL REFERENCES organisations (id),
    title         text NOT NULL,
    description   text,
    origin        text NOT NULL CHECK (origin IN ('COMPLAINT', 'SURVEY', 'TRAINER', 'AUDIT', 'FUNDER', 'OTHER')),
    complaint_id  uuid,
    status        text NOT NULL CHECK (status IN ('PLANNED', 'IN_PROGRESS', 'DONE')),
    due_on        date,
    done_on       date,
    version       bigint NOT NULL DEFAULT 0,
    created_at    timestamptz NOT NULL,
    updated_at    timestamptz NOT NULL,
    FOREIGN KEY (org_id, complaint_id) REFERENCES training_complaints (org_id, id),
    CHECK ((origin = 'COMPLAINT') = (complaint_id IS NOT NULL)),
    CHECK (status <> 'DONE' OR done_on IS NOT NULL)
);
CREATE INDEX training_improvements_by_org ON training_improvements (org_id, status, created_at);
