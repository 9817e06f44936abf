-- Attachments (kept in PostgreSQL, size and type limited) and links between tickets.
CREATE TABLE ticket_attachments (
    id            uuid PRIMARY KEY,
    org_id        uuid NOT NULL,
    ticket_id     uuid NOT NULL,
    filename      text NOT NULL,
    content_type  text NOT NULL,
    size          integer NOT NULL CHECK (size > 0),
    sha256        text NOT NULL,
    internal      boolean NOT NULL,
    uploaded_by   uuid REFERENCES people (id),
    data          bytea NOT NULL,
    created_at    timestamptz NOT NULL,
    FOREIGN KEY (org_id, ticket_id) REFERENCES tickets (org_id, id)
);
CREATE INDEX ticket_attachments_by_ticket ON ticket_attachments (ticket_id, created_at);

CREATE TABLE ticket_links (
    org_id      uuid NOT NULL,
    ticket_id   uuid NOT NULL,
    other_id    uuid NOT NULL,
    kind        text NOT NULL CHECK (kind IN ('RELATED', 'DUPLICATE_OF')),
    created_at  timestamptz NOT NULL,
    PRIMARY KEY (ticket_id, other_id),
    CHECK (ticket_id <> other_id),
    FOREIGN KEY (org_id, ticket_id) REFERENCES tickets (org_id, id),
    FOREIGN KEY (org_id, other_id) REFERENCES tickets (org_id, id)
);
CREATE INDEX ticket_links_by_other ON ticket_links (other_id);

ALTER TABLE tickets ADD COLUMN merged_into_id uuid;
ALTER TABLE tickets ADD FOREIGN KEY (org_id, merged_into_id) REFERENCES tickets (org_id, id);
