-- E-mail intake: every message read from an organisation's mailbox, once (a crash or a second instance never
-- files it twice), and the quarantine of those an agent must review.
CREATE TABLE mail_intake_messages (
    org_id       uuid NOT NULL REFERENCES organisations (id),
    message_id   text NOT NULL,
    sender       text NOT NULL,
    outcome      text CHECK (outcome IN ('TICKET', 'COMMENT', 'QUARANTINE')),
    ticket_id    uuid,
    received_at  timestamptz NOT NULL,
    PRIMARY KEY (org_id, message_id)
);
-- The rate limit counts the tickets a sender filed by mail in the last hour.
CREATE INDEX mail_intake_messages_by_sender ON mail_intake_messages (org_id, sender, received_at);

CREATE TABLE mail_quarantine (
    id           uuid PRIMARY KEY,
    org_id       uuid NOT NULL REFERENCES organisations (id),
    message_id   text NOT NULL,
    sender       text NOT NULL,
    subject      text NOT NULL,
    body         text NOT NULL,
    reason       text NOT NULL CHECK (reason IN ('UNKNOWN_SENDER', 'AUTOMATIC', 'RATE_LIMIT', 'REFUSED')),
    detail       text,
    status       text NOT NULL CHECK (status IN ('PENDING', 'ACCEPTED', 'DISCARDED')),
    ticket_id    uuid,
    reviewed_by  uuid,
    received_at  timestamptz NOT NULL,
    version      bigint NOT NULL DEFAULT 0,
    UNIQUE (org_id, id)
);
CREATE INDEX mail_quarantine_pending ON mail_quarantine (org_id, status, received_at);

CREATE TABLE mail_quarantine_attachments (
    id            uuid PRIMARY KEY,
    org_id        uuid NOT NULL,
    item_id       uuid NOT NULL,
    filename      text NOT NULL,
    content_type  text NOT NULL,
    data          bytea NOT NULL,
    FOREIGN KEY (org_id, item_id) REFERENCES mail_quarantine (org_id, id) ON DELETE CASCADE
);
CREATE INDEX mail_quarantine_attachments_by_item ON mail_quarantine_attachments (item_id);
