-- Outgoing e-mails: written in the transaction of the change they report, sent afterwards by MailDispatcher.
-- The table is also the delivery log (status, attempts, last error, sent_at).
CREATE TABLE mail_outbox (
    id               uuid PRIMARY KEY,
    org_id           uuid NOT NULL REFERENCES organisations (id),
    recipient        text NOT NULL,
    template         text NOT NULL,
    language         text NOT NULL CHECK (language IN ('fr', 'en')),
    subject          text NOT NULL,
    body             text NOT NULL,
    status           text NOT NULL CHECK (status IN ('PENDING', 'SENT', 'PARKED')),
    attempts         integer NOT NULL DEFAULT 0,
    next_attempt_at  timestamptz NOT NULL,
    lease_until      timestamptz,
    last_error       text,
    sent_at          timestamptz,
    created_at       timestamptz NOT NULL,
    updated_at       timestamptz NOT NULL
);
CREATE INDEX mail_outbox_due ON mail_outbox (next_attempt_at) WHERE status = 'PENDING';
CREATE INDEX mail_outbox_log ON mail_outbox (org_id, created_at DESC);

-- A person's preferred language for e-mails (null: the organisation's default, French).
ALTER TABLE people ADD COLUMN language text CHECK (language IN ('fr', 'en'));
