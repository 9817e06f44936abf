-- Ticketing: categories routed to teams, tickets with SLA due dates, history, comments.

CREATE TABLE ticket_categories (
    id             uuid PRIMARY KEY,
    org_id         uuid NOT NULL REFERENCES organisations (id),
    parent_id      uuid,
    name           text NOT NULL,
    team_id        uuid NOT NULL,
    service_id     uuid,
    default_level  text NOT NULL CHECK (default_level IN ('N1', 'N2')),
    active         boolean NOT NULL DEFAULT true,
    version        bigint NOT NULL DEFAULT 0,
    created_at     timestamptz NOT NULL,
    updated_at     timestamptz NOT NULL,
    UNIQUE (org_id, id),
    FOREIGN KEY (org_id, parent_id) REFERENCES ticket_categories (org_id, id),
    FOREIGN KEY (org_id, team_id) REFERENCES teams (org_id, id),
    FOREIGN KEY (org_id, service_id) REFERENCES services (org_id, id)
);
CREATE UNIQUE INDEX ticket_categories_name ON ticket_categories (org_id, coalesce(parent_id, '00000000-0000-0000-0000-000000000000'), lower(name));

-- Per organisation: priority matrix and SLA targets (business minutes), auto-close delay.
CREATE TABLE ticketing_settings (
    org_id                    uuid PRIMARY KEY REFERENCES organisations (id),
    priority_matrix           text NOT NULL,
    sla_targets               text NOT NULL,
    auto_close_business_days  integer NOT NULL CHECK (auto_close_business_days BETWEEN 0 AND 60),
    version                   bigint NOT NULL DEFAULT 0,
    updated_at                timestamptz NOT NULL
);

-- Gapless human references per organisation and year (T-2025-000123), allocated under a row lock.
CREATE TABLE ticket_sequences (
    org_id      uuid NOT NULL REFERENCES organisations (id),
    year        integer NOT NULL,
    last_value  integer NOT NULL,
    PRIMARY KEY (org_id, year)
);

CREATE TABLE tickets (
    id                          uuid PRIMARY KEY,
    org_id                      uuid NOT NULL REFERENCES organisations (id),
    reference                   text NOT NULL,
    type                        text NOT NULL CHECK (type IN ('ASSISTANCE', 'PURCHASE_ORDER')),
    status                      text NOT NULL CHECK (status IN ('AWAITING_APPROVAL', 'NEW', 'IN_PROGRESS', 'WAITING', 'RESOLVED', 'CLOSED', 'CANCELLED')),
    member_id                   uuid NOT NULL,
    requester_id                uuid REFERENCES people (id),
    title                       text NOT NULL,
    description                 text NOT NULL,
    category_id                 uuid NOT NULL,
    service_id                  uuid,
    team_id                     uuid NOT NULL,
    level                       text NOT NULL CHECK (level IN ('N1', 'N2')),
    urgency                     text NOT NULL CHECK (urgency IN ('LOW', 'MEDIUM', 'HIGH', 'CRITICAL')),
    impact                      text NOT NULL CHECK (impact IN ('LOW', 'MEDIUM', 'HIGH', 'CRITICAL')),
    priority                    text NOT NULL CHECK (priority IN ('P1', 'P2', 'P3', 'P4')),
    assignee_id                 uuid REFERENCES people (id),
    -- Creation, or approval for a purchase order: SLA targets count from there.
    sla_started_at              timestamptz,
    first_response_due_at       timestamptz,
    resolution_due_at           timestamptz,
    first_responded_at          timestamptz,
    waiting_since               timestamptz,
    -- Business time spent waiting for the requester: pushed onto the resolution due date.
    paused_business_seconds     bigint NOT NULL DEFAULT 0,
    resolved_at                 timestamptz,
    closed_at                   timestamptz,
    -- Filled at resolution, so that statistics aggregate plain columns.
    processing_seconds          bigint,
    processing_business_seconds bigint,
    first_response_breached     boolean NOT NULL DEFAULT false,
    resolution_breached         boolean NOT NULL DEFAULT false,
    recategorised               integer NOT NULL DEFAULT 0,
    satisfaction_score          integer CHECK (satisfaction_score BETWEEN 1 AND 5),
    satisfaction_comment        text,
    search_public               tsvector NOT NULL DEFAULT ''::tsvector,
    search_internal             tsvector NOT NULL DEFAULT ''::tsvector,
    version                     bigint NOT NULL DEFAULT 0,
    created_at                  timestamptz NOT NULL,
    updated_at                  timestamptz NOT NULL,
    UNIQUE (org_id, id),
    UNIQUE (org_id, reference),
    FOREIGN KEY (org_id, member_id) REFERENCES members (org_id, id),
    FOREIGN KEY (org_id, category_id) REFERENCES ticket_categories (org_id, id),
    FOREIGN KEY (org_id, team_id) REFERENCES teams (org_id, id),
    FOREIGN KEY (org_id, service_id) REFERENCES services (org_id, id)
);
CREATE INDEX tickets_by_creation ON tickets (org_id, created_at, id);
CREATE INDEX tickets_by_resolution ON tickets (org_id, resolved_at) WHERE resolved_at IS NOT NULL;
CREATE INDEX tickets_by_member ON tickets (org_id, member_id, created_at);
CREATE INDEX tickets_open_by_team ON tickets (org_id, team_id, created_at) WHERE status IN ('NEW', 'IN_PROGRESS', 'WAITING');
CREATE INDEX tickets_open_by_assignee ON tickets (org_id, assignee_id, created_at) WHERE status IN ('NEW', 'IN_PROGRESS', 'WAITING');
CREATE INDEX tickets_by_category ON tickets (org_id, category_id, created_at);
CREATE INDEX tickets_sla_due ON tickets (resolution_due_at) WHERE status IN ('NEW', 'IN_PROGRESS') AND NOT resolution_breached;
CREATE INDEX tickets_search_public ON tickets USING gin (search_public);
CREATE INDEX tickets_search_internal ON tickets USING gin (search_internal);

CREATE TABLE ticket_order_lines (
    id          uuid PRIMARY KEY,
    org_id      uuid NOT NULL,
    ticket_id   uuid NOT NULL,
    position    integer NOT NULL,
    item        text NOT NULL,
    quantity    integer NOT NULL CHECK (quantity > 0),
    unit_price  numeric(12, 2) CHECK (unit_price >= 0),
    FOREIGN KEY (org_id, ticket_id) REFERENCES tickets (org_id, id) ON DELETE CASCADE
);
CREATE INDEX ticket_order_lines_by_ticket ON ticket_order_lines (ticket_id, position);

CREATE TABLE ticket_comments (
    id          uuid PRIMARY KEY,
    org_id      uuid NOT NULL,
    ticket_id   uuid NOT NULL,
    author_id   uuid REFERENCES people (id),
    internal    boolean NOT NULL,
    body        text NOT NULL,
    created_at  timestamptz NOT NULL,
    FOREIGN KEY (org_id, ticket_id) REFERENCES tickets (org_id, id)
);
CREATE INDEX ticket_comments_by_ticket ON ticket_comments (ticket_id, created_at);

-- Every change of a ticket: who, when, what changed from → to.
CREATE TABLE ticket_history (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    org_id      uuid NOT NULL,
    ticket_id   uuid NOT NULL,
    at          timestamptz NOT NULL,
    actor_id    uuid,
    actor       text NOT NULL,
    action      text NOT NULL,
    field       text,
    from_value  text,
    to_value    text,
    FOREIGN KEY (org_id, ticket_id) REFERENCES tickets (org_id, id)
);
CREATE INDEX ticket_history_by_ticket ON ticket_history (ticket_id, id);
