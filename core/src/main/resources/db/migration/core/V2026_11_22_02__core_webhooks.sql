-- Webhooks: subscriptions, a transactional outbox of events, and one delivery per (subscription, event).
CREATE TABLE webhook_subscriptions (
    id           uuid PRIMARY KEY,
    org_id       uuid NOT NULL REFERENCES organisations (id),
    url          text NOT NULL,
    event_types  text[] NOT NULL CHECK (cardinality(event_types) > 0),
    secret       text NOT NULL,
    description  text,
    active       boolean NOT NULL DEFAULT true,
    version      bigint NOT NULL DEFAULT 0,
    created_at   timestamptz NOT NULL,
    updated_at   timestamptz NOT NULL,
    UNIQUE (org_id, id)
);

-- Written in the same transaction as the change it reports; seq orders events for delivery.
CREATE TABLE outbox_events (
    id           uuid PRIMARY KEY,
    seq          bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
    org_id       uuid NOT NULL REFERENCES organisations (id),
    type         text NOT NULL,
    payload      jsonb NOT NULL,
    occurred_at  timestamptz NOT NULL
);
CREATE INDEX outbox_events_by_org ON outbox_events (org_id, occurred_at);

CREATE TABLE webhook_deliveries (
    id               uuid PRIMARY KEY,
    org_id           uuid NOT NULL,
    subscription_id  uuid NOT NULL,
    event_id         uuid NOT NULL REFERENCES outbox_events (id),
    event_seq        bigint NOT NULL,
    status           text NOT NULL CHECK (status IN ('PENDING', 'DELIVERED', 'PARKED')),
    attempts         integer NOT NULL DEFAULT 0,
    next_attempt_at  timestamptz NOT NULL,
    lease_until      timestamptz,
    last_status_code integer,
    last_error       text,
    delivered_at     timestamptz,
    version          bigint NOT NULL DEFAULT 0,
    created_at       timestamptz NOT NULL,
    updated_at       timestamptz NOT NULL,
    UNIQUE (org_id, id),
    UNIQUE (subscription_id, event_id),
    FOREIGN KEY (org_id, subscription_id) REFERENCES webhook_subscriptions (org_id, id) ON DELETE CASCADE
);
-- The dispatcher looks for the oldest pending delivery of each subscription.
CREATE INDEX webhook_deliveries_pending ON webhook_deliveries (subscription_id, event_seq) WHERE status = 'PENDING';
CREATE INDEX webhook_deliveries_due ON webhook_deliveries (next_attempt_at) WHERE status = 'PENDING';
CREATE INDEX webhook_deliveries_log ON webhook_deliveries (org_id, subscription_id, event_seq DESC);
