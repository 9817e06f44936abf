-- Core schema: organisations (tenants) and the data every module shares.
-- Tenant tables carry org_id and a UNIQUE (org_id, id) so that cross-table references use composite
-- foreign keys: a row can never point at another organisation's row, whatever the application does.

CREATE TABLE organisations (
    id          uuid PRIMARY KEY,
    slug        text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    name        text NOT NULL,
    kind        text NOT NULL CHECK (kind IN ('TRAINING_ORGANISATION', 'IT_AGENCY', 'COOPERATIVE', 'ASSOCIATION', 'OTHER')),
    siren       text CHECK (siren ~ '^\d{9}$'),
    time_zone   text NOT NULL DEFAULT 'Europe/Paris',
    version     bigint NOT NULL DEFAULT 0,
    created_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE members (
    id                  uuid PRIMARY KEY,
    org_id              uuid NOT NULL REFERENCES organisations (id),
    name                text NOT NULL,
    kind                text NOT NULL,
    siret               text CHECK (siret ~ '^\d{14}$'),
    insee_code          text CHECK (insee_code ~ '^(\d{5}|2[AB]\d{3})$'),
    population          integer CHECK (population >= 0),
    population_stratum  text,
    address_line1       text,
    address_line2       text,
    postal_code         text,
    city                text,
    email               text,
    phone               text,
    active              boolean NOT NULL DEFAULT true,
    version             bigint NOT NULL DEFAULT 0,
    created_at          timestamptz NOT NULL,
    updated_at          timestamptz NOT NULL,
    UNIQUE (org_id, id)
);
CREATE UNIQUE INDEX members_siret_unique ON members (org_id, siret) WHERE siret IS NOT NULL;
CREATE INDEX members_by_name ON members (org_id, lower(name), id);
CREATE INDEX members_by_creation ON members (org_id, created_at, id);
CREATE INDEX members_by_kind ON members (org_id, kind) WHERE active;

CREATE TABLE teams (
    id          uuid PRIMARY KEY,
    org_id      uuid NOT NULL REFERENCES organisations (id),
    name        text NOT NULL,
    email       text,
    description text,
    version     bigint NOT NULL DEFAULT 0,
    created_at  timestamptz NOT NULL,
    updated_at  timestamptz NOT NULL,
    UNIQUE (org_id, id)
);
CREATE UNIQUE INDEX teams_name_unique ON teams (org_id, lower(name));

CREATE TABLE services (
    id          uuid PRIMARY KEY,
    org_id      uuid NOT NULL REFERENCES organisations (id),
    code        text NOT NULL,
    name        text NOT NULL,
    description text,
    team_id     uuid NOT NULL,
    active      boolean NOT NULL DEFAULT true,
    version     bigint NOT NULL DEFAULT 0,
    created_at  timestamptz NOT NULL,
    updated_at  timestamptz NOT NULL,
    UNIQUE (org_id, id),
    UNIQUE (org_id, code),
    FOREIGN KEY (org_id, team_id) REFERENCES teams (org_id, id)
);

CREATE TABLE subscriptions (
    id          uuid PRIMARY KEY,
    org_id      uuid NOT NULL REFERENCES organisations (id),
    member_id   uuid NOT NULL,
    service_id  uuid NOT NULL,
    starts_on   date NOT NULL,
    ends_on     date CHECK (ends_on >= starts_on),
    version     bigint NOT NULL DEFAULT 0,
    created_at  timestamptz NOT NULL,
    updated_at  timestamptz NOT NULL,
    UNIQUE (org_id, id),
    FOREIGN KEY (org_id, member_id) REFERENCES members (org_id, id),
    FOREIGN KEY (org_id, service_id) REFERENCES services (org_id, id)
);
CREATE INDEX subscriptions_by_member ON subscriptions (org_id, member_id, service_id);
CREATE INDEX subscriptions_by_service ON subscriptions (org_id, service_id, member_id);

CREATE TABLE people (
    id          uuid PRIMARY KEY,
    email       text NOT NULL UNIQUE CHECK (email = lower(email)),
    name        text NOT NULL,
    subject     text UNIQUE,
    linked_at   timestamptz,
    version     bigint NOT NULL DEFAULT 0,
    created_at  timestamptz NOT NULL
);

CREATE TABLE memberships (
    id          uuid PRIMARY KEY,
    org_id      uuid NOT NULL REFERENCES organisations (id),
    person_id   uuid NOT NULL REFERENCES people (id),
    roles       text[] NOT NULL CHECK (cardinality(roles) > 0 AND roles <@ ARRAY['admin', 'agent', 'trainer', 'requester', 'learner', 'committee', 'auditor', 'partner']),
    member_id   uuid,
    version     bigint NOT NULL DEFAULT 0,
    created_at  timestamptz NOT NULL,
    updated_at  timestamptz NOT NULL,
    UNIQUE (org_id, id),
    UNIQUE (org_id, person_id),
    FOREIGN KEY (org_id, member_id) REFERENCES members (org_id, id),
    CHECK (NOT ('requester' = ANY (roles)) OR member_id IS NOT NULL)
);
CREATE INDEX memberships_by_person ON memberships (person_id);

CREATE TABLE api_clients (
    id          uuid PRIMARY KEY,
    org_id      uuid NOT NULL REFERENCES organisations (id),
    client_id   text NOT NULL,
    name        text NOT NULL,
    roles       text[] NOT NULL CHECK (cardinality(roles) > 0 AND roles <@ ARRAY['admin', 'agent', 'trainer', 'requester', 'learner', 'committee', 'auditor', 'partner']),
    version     bigint NOT NULL DEFAULT 0,
    created_at  timestamptz NOT NULL,
    updated_at  timestamptz NOT NULL,
    UNIQUE (org_id, id),
    UNIQUE (org_id, client_id)
);
CREATE INDEX api_clients_by_client ON api_clients (client_id);

CREATE TABLE business_calendars (
    org_id        uuid PRIMARY KEY REFERENCES organisations (id),
    holiday_zone  text NOT NULL DEFAULT 'FR',
    version       bigint NOT NULL DEFAULT 0,
    updated_at    timestamptz NOT NULL
);

CREATE TABLE opening_hours (
    org_id       uuid NOT NULL REFERENCES business_calendars (org_id),
    day_of_week  text NOT NULL CHECK (day_of_week IN ('MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY')),
    opens_at     time NOT NULL,
    closes_at    time NOT NULL CHECK (closes_at > opens_at)
);
CREATE INDEX opening_hours_by_org ON opening_hours (org_id);

CREATE TABLE closure_days (
    org_id  uuid NOT NULL REFERENCES business_calendars (org_id),
    day     date NOT NULL,
    label   text,
    UNIQUE (org_id, day)
);
