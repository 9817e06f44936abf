-- Enrolments. The DB itself guarantees the capacity: seats_taken is maintained under a row lock of the
-- session and can never exceed the capacity (CHECK), whatever the application does.
ALTER TABLE training_sessions ADD COLUMN seats_taken integer NOT NULL DEFAULT 0;
ALTER TABLE training_sessions ADD CONSTRAINT training_sessions_seats CHECK (seats_taken >= 0 AND seats_taken <= capacity);

CREATE TABLE training_enrolments (
    id               uuid PRIMARY KEY,
    org_id           uuid NOT NULL REFERENCES organisations (id),
    session_id       uuid NOT NULL,
    learner_id       uuid NOT NULL REFERENCES people (id),
    member_id        uuid,
    employer         text,
    trainee_type     text NOT NULL,
    funding_source   text NOT NULL,
    application      text,
    status           text NOT NULL CHECK (status IN ('APPLIED', 'SELECTED', 'WAITLISTED', 'REJECTED', 'CONFIRMED',
                                                     'COMPLETED', 'DROPPED', 'NO_SHOW')),
    holds_seat       boolean NOT NULL DEFAULT false,
    needs_analysis   text,
    positioning      text,
    version          bigint NOT NULL DEFAULT 0,
    created_at       timestamptz NOT NULL,
    updated_at       timestamptz NOT NULL,
    UNIQUE (org_id, id),
    UNIQUE (session_id, learner_id),
    FOREIGN KEY (org_id, session_id) REFERENCES training_sessions (org_id, id),
    FOREIGN KEY (org_id, member_id) REFERENCES members (org_id, id),
    CHECK (holds_seat = (status IN ('SELECTED', 'CONFIRMED', 'COMPLETED', 'NO_SHOW')))
);
CREATE INDEX training_enrolments_by_session ON training_enrolments (org_id, session_id, status, created_at, id);
CREATE INDEX training_enrolments_by_learner ON training_enrolments (org_id, learner_id, created_at, id);
