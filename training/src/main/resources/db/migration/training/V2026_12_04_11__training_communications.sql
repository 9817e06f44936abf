-- The send log of an enrolment's communications: one row per (enrolment, kind), inserted by the scheduled job in
-- the transaction that queues the e-mail, so that the unique key makes each communication go out once, however
-- many instances run the job at the same time. The delivery state is the mail outbox's (mail_id).
CREATE TABLE training_communications (
    id            uuid PRIMARY KEY,
    org_id        uuid NOT NULL REFERENCES organisations (id),
    enrolment_id  uuid NOT NULL REFERENCES training_enrolments (id) ON DELETE CASCADE,
    kind          text NOT NULL CHECK (kind IN ('CONVOCATION', 'REMINDER', 'HOT_SURVEY', 'COLD_SURVEY', 'CERTIFICATE')),
    recipient     text NOT NULL,
    mail_id       uuid,  -- set in the same transaction, once the e-mail is queued
    created_at    timestamptz NOT NULL,
    UNIQUE (enrolment_id, kind)
);
CREATE INDEX training_communications_by_kind ON training_communications (org_id, kind, created_at);

-- One-click links of these e-mails (confirm the place, answer a survey, refuse survey invitations): a random token
-- of which only the SHA-256 is kept; usable until expires_at, once (used_at) except the refusal.
CREATE TABLE training_communication_links (
    token_hash    text PRIMARY KEY,
    org_id        uuid NOT NULL REFERENCES organisations (id),
    enrolment_id  uuid NOT NULL REFERENCES training_enrolments (id) ON DELETE CASCADE,
    purpose       text NOT NULL CHECK (purpose IN ('CONFIRM', 'HOT_SURVEY', 'COLD_SURVEY', 'OPT_OUT')),
    expires_at    timestamptz NOT NULL,
    used_at       timestamptz,
    created_at    timestamptz NOT NULL
);
CREATE INDEX training_communication_links_by_enrolment ON training_communication_links (enrolment_id);

-- Learners who refused satisfaction survey invitations (the only communications they may refuse).
CREATE TABLE training_survey_opt_outs (
    org_id      uuid NOT NULL REFERENCES organisations (id),
    learner_id  uuid NOT NULL,
    created_at  timestamptz NOT NULL,
    PRIMARY KEY (org_id, learner_id)
);
