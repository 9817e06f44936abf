-- Mission reporting (loi PACTE): framework, indicators, committee, Sésame, OTI verification, reports.
-- Every table carries org_id; references to rows of the same organisation use (org_id, id) pairs so the
-- database itself refuses a cross-organisation link.

-- Organisation facts the law's rules depend on (référent allowed and OTI every 3 years under 50 employees).
CREATE TABLE mission_profiles (
    org_id              uuid PRIMARY KEY REFERENCES organisations (id),
    employee_count      integer NOT NULL DEFAULT 0 CHECK (employee_count >= 0),
    three_year_oti      boolean NOT NULL DEFAULT false,
    kind                text NOT NULL DEFAULT 'MISSION' CHECK (kind IN ('MISSION', 'EXTRA_FINANCIAL')),
    version             bigint NOT NULL DEFAULT 0
);

-- The raison d'être, versioned: a new adoption adds a row, older ones stay for the record.
CREATE TABLE mission_purposes (
    id            uuid PRIMARY KEY,
    org_id        uuid NOT NULL REFERENCES organisations (id),
    number        integer NOT NULL CHECK (number >= 1),
    text          text NOT NULL,
    adopted_on    date NOT NULL,
    published_on  date,
    version       bigint NOT NULL DEFAULT 0,
    created_at    timestamptz NOT NULL,
    updated_at    timestamptz NOT NULL,
    UNIQUE (org_id, number)
);

-- Statutory objectives (or pillars) and, under them, operational objectives.
CREATE TABLE mission_objectives (
    id          uuid PRIMARY KEY,
    org_id      uuid NOT NULL REFERENCES organisations (id),
    parent_id   uuid,
    code        text NOT NULL,
    title       text NOT NULL,
    description text,
    version     bigint NOT NULL DEFAULT 0,
    created_at  timestamptz NOT NULL,
    updated_at  timestamptz NOT NULL,
    UNIQUE (org_id, id),
    FOREIGN KEY (org_id, parent_id) REFERENCES mission_objectives (org_id, id)
);
CREATE UNIQUE INDEX mission_objectives_code ON mission_objectives (org_id, code);
CREATE INDEX mission_objectives_parent ON mission_objectives (org_id, parent_id);

-- The year's planned action of an operational objective and how far it went.
CREATE TABLE mission_actions (
    id                     uuid PRIMARY KEY,
    org_id                 uuid NOT NULL REFERENCES organisations (id),
    objective_id           uuid NOT NULL,
    year                   integer NOT NULL CHECK (year BETWEEN 2000 AND 2200),
    planned                text NOT NULL,
    progress               text NOT NULL CHECK (progress IN ('NOT_STARTED', 'STARTED', 'ADVANCED', 'ACHIEVED')),
    percent                integer CHECK (percent BETWEEN 0 AND 100),
    commentary             text,
    means                  text,
    external_circumstances text,
    version                bigint NOT NULL DEFAULT 0,
    created_at             timestamptz NOT NULL,
    updated_at             timestamptz NOT NULL,
    UNIQUE (objective_id, year),
    FOREIGN KEY (org_id, objective_id) REFERENCES mission_objectives (org_id, id) ON DELETE CASCADE
);
CREATE INDEX mission_actions_year ON mission_actions (org_id, year);

CREATE TABLE mission_indicators (
    id            uuid PRIMARY KEY,
    org_id        uuid NOT NULL REFERENCES organisations (id),
    objective_id  uuid NOT NULL,
    name          text NOT NULL,
    type          text NOT NULL CHECK (type IN ('MEANS', 'RESULT', 'IMPACT')),
    unit          text NOT NULL,
    direction     text NOT NULL CHECK (direction IN ('AT_LEAST', 'AT_MOST')),
    method        text,
    owner         text,
    baseline      numeric(14, 2),
    source_key    text,
    source_params jsonb NOT NULL DEFAULT '{}',
    version       bigint NOT NULL DEFAULT 0,
    created_at    timestamptz NOT NULL,
    updated_at    timestamptz NOT NULL,
    UNIQUE (org_id, id),
    FOREIGN KEY (org_id, objective_id) REFERENCES mission_objectives (org_id, id) ON DELETE CASCADE
);
CREATE INDEX mission_indicators_objective ON mission_indicators (org_id, objective_id);

-- Targets per year: a number the status is computed against, and/or the target as the report words it.
CREATE TABLE mission_indicator_targets (
    indicator_id uuid NOT NULL REFERENCES mission_indicators (id) ON DELETE CASCADE,
    year         integer NOT NULL CHECK (year BETWEEN 2000 AND 2200),
    value        numeric(14, 2),
    label        text,
    PRIMARY KEY (indicator_id, year),
    CHECK (value IS NOT NULL OR label IS NOT NULL)
);

-- Values of an indicator for a year: typed in with their evidence, or a snapshot of an SPI source with its
-- provenance. The latest row of a year is the year's value; older ones remain as the trail.
CREATE TABLE mission_measurements (
    id                uuid PRIMARY KEY,
    org_id            uuid NOT NULL REFERENCES organisations (id),
    indicator_id      uuid NOT NULL,
    year              integer NOT NULL CHECK (year BETWEEN 2000 AND 2200),
    value             numeric(14, 2),
    origin            text NOT NULL CHECK (origin IN ('MANUAL', 'SNAPSHOT')),
    evidence_url      text,
    note              text,
    provenance        jsonb,
    recorded_by       uuid,
    evidence_filename text,
    evidence_type     text,
    evidence_data     bytea,
    version           bigint NOT NULL DEFAULT 0,
    created_at        timestamptz NOT NULL,
    updated_at        timestamptz NOT NULL,
    FOREIGN KEY (org_id, indicator_id) REFERENCES mission_indicators (org_id, id) ON DELETE CASCADE,
    CHECK (origin = 'MANUAL' OR provenance IS NOT NULL)
);
CREATE INDEX mission_measurements_latest ON mission_measurements (org_id, indicator_id, year, created_at DESC);

CREATE TABLE mission_committee_members (
    id          uuid PRIMARY KEY,
    org_id      uuid NOT NULL REFERENCES organisations (id),
    person_id   uuid,
    name        text NOT NULL,
    bio         text,
    role        text NOT NULL CHECK (role IN ('PRESIDENT', 'SECRETARY', 'MEMBER', 'REFERENT')),
    employee    boolean NOT NULL DEFAULT false,
    term_start  date NOT NULL,
    term_end    date,
    version     bigint NOT NULL DEFAULT 0,
    created_at  timestamptz NOT NULL,
    updated_at  timestamptz NOT NULL,
    UNIQUE (org_id, id),
    FOREIGN KEY (org_id, person_id) REFERENCES memberships (org_id, person_id),
    CHECK (term_end IS NULL OR term_end >= term_start)
);
CREATE UNIQUE INDEX mission_committee_person ON mission_committee_members (org_id, person_id) WHERE person_id IS NOT NULL;

CREATE TABLE mission_meetings (
    id          uuid PRIMARY KEY,
    org_id      uuid NOT NULL REFERENCES organisations (id),
    held_on     date NOT NULL,
    title       text NOT NULL,
    agenda      text,
    minutes     text,
    decisions   text,
    attendees   uuid[] NOT NULL DEFAULT '{}',
    version     bigint NOT NULL DEFAULT 0,
    created_at  timestamptz NOT NULL,
    updated_at  timestamptz NOT NULL
);
CREATE INDEX mission_meetings_date ON mission_meetings (org_id, held_on);

CREATE TABLE mission_sesame_campaigns (
    id          uuid PRIMARY KEY,
    org_id      uuid NOT NULL REFERENCES organisations (id),
    year        integer NOT NULL CHECK (year BETWEEN 2000 AND 2200),
    closed_at   timestamptz,
    version     bigint NOT NULL DEFAULT 0,
    created_at  timestamptz NOT NULL,
    updated_at  timestamptz NOT NULL,
    UNIQUE (org_id, year),
    UNIQUE (org_id, id)
);

CREATE TABLE mission_sesame_answers (
    id           uuid PRIMARY KEY,
    org_id       uuid NOT NULL REFERENCES organisations (id),
    campaign_id  uuid NOT NULL,
    member_id    uuid NOT NULL,
    criterion    text NOT NULL CHECK (criterion IN ('SINGULARITY', 'STAKEHOLDERS', 'BUSINESS_MODEL', 'SOCIAL_CONTRIBUTION', 'INNOVATION')),
    score        integer NOT NULL CHECK (score BETWEEN 1 AND 4),
    comment      text,
    version      bigint NOT NULL DEFAULT 0,
    created_at   timestamptz NOT NULL,
    updated_at   timestamptz NOT NULL,
    UNIQUE (campaign_id, member_id, criterion),
    FOREIGN KEY (org_id, campaign_id) REFERENCES mission_sesame_campaigns (org_id, id) ON DELETE CASCADE,
    FOREIGN KEY (org_id, member_id) REFERENCES mission_committee_members (org_id, id)
);

-- OTI verification cycles and the verifier's conclusion per objective.
CREATE TABLE mission_verifications (
    id           uuid PRIMARY KEY,
    org_id       uuid NOT NULL REFERENCES organisations (id),
    period_from  date NOT NULL,
    period_to    date NOT NULL,
    verifier     text NOT NULL,
    due_on       date NOT NULL,
    opinion      text,
    version      bigint NOT NULL DEFAULT 0,
    created_at   timestamptz NOT NULL,
    updated_at   timestamptz NOT NULL,
    UNIQUE (org_id, id),
    CHECK (period_to >= period_from)
);
CREATE INDEX mission_verifications_period ON mission_verifications (org_id, period_to);

CREATE TABLE mission_conclusions (
    id               uuid PRIMARY KEY,
    org_id           uuid NOT NULL REFERENCES organisations (id),
    verification_id  uuid NOT NULL,
    objective_id     uuid NOT NULL,
    conclusion       text NOT NULL CHECK (conclusion IN ('MET', 'NOT_MET', 'UNABLE_TO_CONCLUDE')),
    rationale        text,
    concluded_by     uuid,
    version          bigint NOT NULL DEFAULT 0,
    created_at       timestamptz NOT NULL,
    updated_at       timestamptz NOT NULL,
    UNIQUE (verification_id, objective_id),
    FOREIGN KEY (org_id, verification_id) REFERENCES mission_verifications (org_id, id) ON DELETE CASCADE,
    FOREIGN KEY (org_id, objective_id) REFERENCES mission_objectives (org_id, id)
);

-- A frozen (approved) report: its content as it was approved, never recomputed.
CREATE TABLE mission_reports (
    id          uuid PRIMARY KEY,
    org_id      uuid NOT NULL REFERENCES organisations (id),
    year        integer NOT NULL CHECK (year BETWEEN 2000 AND 2200),
    content     jsonb NOT NULL,
    frozen_by   uuid,
    version     bigint NOT NULL DEFAULT 0,
    created_at  timestamptz NOT NULL,
    updated_at  timestamptz NOT NULL,
    UNIQUE (org_id, year)
);

-- The year's findings ("constats"), written by the company before it freezes the report.
CREATE TABLE mission_report_notes (
    id          uuid PRIMARY KEY,
    org_id      uuid NOT NULL REFERENCES organisations (id),
    year        integer NOT NULL CHECK (year BETWEEN 2000 AND 2200),
    findings    text NOT NULL,
    version     bigint NOT NULL DEFAULT 0,
    created_at  timestamptz NOT NULL,
    updated_at  timestamptz NOT NULL,
    UNIQUE (org_id, year)
);
