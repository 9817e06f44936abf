-- Satisfaction invitations: the e-mail sent on resolution carries a random token; only its SHA-256 is kept, so a
-- leaked table rates nothing. A token rates its ticket once (used_at), until expires_at, without signing in.
CREATE TABLE ticket_rating_invitations (
    token_hash    text PRIMARY KEY,
    org_id        uuid NOT NULL,
    ticket_id     uuid NOT NULL REFERENCES tickets (id) ON DELETE CASCADE,
    requester_id  uuid NOT NULL,
    expires_at    timestamptz NOT NULL,
    used_at       timestamptz,
    created_at    timestamptz NOT NULL
);
CREATE INDEX ticket_rating_invitations_ticket ON ticket_rating_invitations (ticket_id);
