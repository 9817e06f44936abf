-- Training agreements (convention de formation simplifiée, L6353-1/-2 code du travail) accepted by a member
-- structure's contact: one row per acceptance, the exact PDF bytes accepted kept with their SHA-256, so the
-- accepted copy reads back byte for byte. A version (a fingerprint of the agreement's facts) is accepted once.
CREATE TABLE training_agreement_acceptances (
    id                uuid PRIMARY KEY,
    org_id            uuid NOT NULL REFERENCES organisations (id),
    member_id         uuid NOT NULL,
    session_id        uuid NOT NULL,
    agreement_version text NOT NULL,
    accepted_by       uuid NOT NULL REFERENCES people (id),
    accepted_by_name  text NOT NULL,
    accepted_at       timestamptz NOT NULL,
    ip_address        text,
    user_agent        text,
    lang              text NOT NULL CHECK (lang IN ('fr', 'en')),
    pdf               bytea NOT NULL,
    pdf_sha256        text NOT NULL CHECK (pdf_sha256 ~ '^[0-9a-f]{64}$'),
    version           bigint NOT NULL DEFAULT 0,
    created_at        timestamptz NOT NULL,
    updated_at        timestamptz NOT NULL,
    UNIQUE (org_id, id),
    UNIQUE (org_id, member_id, session_id, agreement_version),
    FOREIGN KEY (org_id, member_id) REFERENCES members (org_id, id),
    FOREIGN KEY (org_id, session_id) REFERENCES training_sessions (org_id, id)
);
CREATE INDEX training_agreement_acceptances_by_time ON training_agreement_acceptances (org_id, accepted_at);

-- The organisation's VAT terms on training: exempt (article 261-4-4° a du CGI) unless a rate is set.
CREATE TABLE training_terms (
    org_id    uuid PRIMARY KEY REFERENCES organisations (id),
    vat_rate  numeric(4, 2) CHECK (vat_rate >= 0 AND vat_rate < 100)
);
