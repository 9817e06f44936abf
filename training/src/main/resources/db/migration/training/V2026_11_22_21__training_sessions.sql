-- Sessions of a course: half-day slots, trainers, capacity and a status lifecycle.
CREATE TABLE training_sessions (
    id                          uuid PRIMARY KEY,
    org_id                      uuid NOT NULL REFERENCES organisations (id),
    course_id                   uuid NOT NULL,
    place                       text,
    virtual_room_url            text,
    synchronous_remote          boolean NOT NULL DEFAULT false,
    capacity                    integer NOT NULL CHECK (capacity > 0),
    min_participants            integer NOT NULL DEFAULT 0 CHECK (min_participants >= 0 AND min_participants <= capacity),
    status                      text NOT NULL DEFAULT 'DRAFT'
                                CHECK (status IN ('DRAFT', 'OPEN', 'FULL', 'RUNNING', 'COMPLETED', 'CANCELLED')),
    open_source_alternatives    boolean NOT NULL DEFAULT false,
    starts_at                   timestamptz,
    ends_at                     timestamptz,
    version                     bigint NOT NULL DEFAULT 0,
    created_at                  timestamptz NOT NULL,
    updated_at                  timestamptz NOT NULL,
    UNIQUE (org_id, id),
    FOREIGN KEY (org_id, course_id) REFERENCES training_courses (org_id, id),
    CHECK (ends_at IS NULL OR ends_at > starts_at)
);
CREATE INDEX training_sessions_by_start ON training_sessions (org_id, starts_at, id);
CREATE INDEX training_sessions_by_course ON training_sessions (org_id, course_id);
CREATE INDEX training_sessions_by_status ON training_sessions (org_id, status);

-- Half-day slots: the unit of attendance (émargement par demi-journée).
CREATE TABLE training_session_slots (
    id          uuid PRIMARY KEY,
    org_id      uuid NOT NULL REFERENCES organisations (id),
    session_id  uuid NOT NULL,
    day         date NOT NULL,
    half        text NOT NULL CHECK (half IN ('MORNING', 'AFTERNOON')),
    starts_at   timestamptz NOT NULL,
    ends_at     timestamptz NOT NULL,
    version     bigint NOT NULL DEFAULT 0,
    created_at  timestamptz NOT NULL,
    updated_at  timestamptz NOT NULL,
    UNIQUE (org_id, id),
    UNIQUE (session_id, day, half),
    FOREIGN KEY (org_id, session_id) REFERENCES training_sessions (org_id, id) ON DELETE CASCADE,
    CHECK (ends_at > starts_at AND ends_at - starts_at <= interval '5 hours')
);
CREATE INDEX training_session_slots_by_session ON training_session_slots (org_id, session_id, starts_at);

-- Who teaches a session (people with the trainer role in the organisation).
CREATE TABLE training_session_trainers (
    session_id  uuid NOT NULL REFERENCES training_sessions (id) ON DELETE CASCADE,
    person_id   uuid NOT NULL REFERENCES people (id),
    PRIMARY KEY (session_id, person_id)
);
CREATE INDEX training_session_trainers_by_person ON training_session_trainers (person_id, session_id);
