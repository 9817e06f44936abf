-- Competence diagnostic campaigns (Pix Territoires): a member structure assesses its agents over the Pix
-- reference framework (built in: competence codes 1.1 … 5.2), then proposes catalogue courses for each agent's
-- weakest competences. Courses, sessions and enrolments are training's: named here by id only.

CREATE TABLE inclusion_diagnostic_campaigns (
    id          uuid PRIMARY KEY,
    org_id      uuid NOT NULL REFERENCES organisations (id),
    member_id   uuid NOT NULL,
    title       text NOT NULL,
    closed_at   timestamptz,
    version     bigint NOT NULL DEFAULT 0,
    created_at  timestamptz NOT NULL,
    updated_at  timestamptz NOT NULL,
    UNIQUE (org_id, id)
);
CREATE INDEX inclusion_diagnostic_campaigns_by_member ON inclusion_diagnostic_campaigns (org_id, member_id, created_at);

CREATE TABLE inclusion_diagnostic_participants (
    id           uuid PRIMARY KEY,
    org_id       uuid NOT NULL REFERENCES organisations (id),
    campaign_id  uuid NOT NULL,
    person_id    uuid NOT NULL,
    version      bigint NOT NULL DEFAULT 0,
    created_at   timestamptz NOT NULL,
    updated_at   timestamptz NOT NULL,
    UNIQUE (org_id, id),
    UNIQUE (campaign_id, person_id),
    FOREIGN KEY (org_id, campaign_id) REFERENCES inclusion_diagnostic_campaigns (org_id, id)
);

-- One level per participant and competence: 0 (not reached) to 8, as Pix measures them.
CREATE TABLE inclusion_diagnostic_results (
    org_id          uuid NOT NULL REFERENCES organisations (id),
    participant_id  uuid NOT NULL,
    competence      text NOT NULL CHECK (competence ~ '^[1-5]\.[1-4]$'),
    level           integer NOT NULL CHECK (level BETWEEN 0 AND 8),
    PRIMARY KEY (participant_id, competence),
    FOREIGN KEY (org_id, participant_id) REFERENCES inclusion_diagnostic_participants (org_id, id)
);

-- Which competences a catalogue course develops (the course is training's, checked through the core contract).
CREATE TABLE inclusion_course_competences (
    org_id      uuid NOT NULL REFERENCES organisations (id),
    course_id   uuid NOT NULL,
    competence  text NOT NULL CHECK (competence ~ '^[1-5]\.[1-4]$'),
    PRIMARY KEY (org_id, course_id, competence)
);
CREATE INDEX inclusion_course_competences_by_competence ON inclusion_course_competences (org_id, competence);

-- A course proposed to a participant for one of its weakest competences; accepted into a training enrolment.
CREATE TABLE inclusion_diagnostic_proposals (
    id              uuid PRIMARY KEY,
    org_id          uuid NOT NULL REFERENCES organisations (id),
    campaign_id     uuid NOT NULL,
    participant_id  uuid NOT NULL,
    competence      text NOT NULL,
    course_id       uuid NOT NULL,
    enrolment_id    uuid,
    accepted_at     timestamptz,
    version         bigint NOT NULL DEFAULT 0,
    created_at      timestamptz NOT NULL,
    updated_at      timestamptz NOT NULL,
    UNIQUE (org_id, id),
    UNIQUE (participant_id, competence, course_id),
    CHECK ((enrolment_id IS NULL) = (accepted_at IS NULL)),
    FOREIGN KEY (org_id, campaign_id) REFERENCES inclusion_diagnostic_campaigns (org_id, id),
    FOREIGN KEY (org_id, participant_id) REFERENCES inclusion_diagnostic_participants (org_id, id)
);
CREATE INDEX inclusion_diagnostic_proposals_by_campaign ON inclusion_diagnostic_proposals (org_id, campaign_id);
