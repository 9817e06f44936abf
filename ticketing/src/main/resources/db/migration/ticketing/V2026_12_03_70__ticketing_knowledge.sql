-- Knowledge base: articles in ticket categories (hence tied to services), versions kept, French full-text search.
CREATE TABLE kb_articles (
    id               uuid PRIMARY KEY,
    org_id           uuid NOT NULL REFERENCES organisations (id),
    category_id      uuid NOT NULL,
    status           text NOT NULL CHECK (status IN ('DRAFT', 'PUBLISHED', 'ARCHIVED')),
    visibility       text NOT NULL CHECK (visibility IN ('PUBLIC', 'MEMBERS', 'STAFF')),
    title            text NOT NULL,
    body             text NOT NULL,
    current_version  integer NOT NULL,
    search           tsvector NOT NULL,
    published_at     timestamptz,
    version          bigint NOT NULL DEFAULT 0,
    created_at       timestamptz NOT NULL,
    updated_at       timestamptz NOT NULL,
    UNIQUE (org_id, id),
    FOREIGN KEY (org_id, category_id) REFERENCES ticket_categories (org_id, id)
);
CREATE INDEX kb_articles_search ON kb_articles USING gin (search);
CREATE INDEX kb_articles_by_category ON kb_articles (org_id, category_id);

-- Every published text stays readable: version n is what readers saw between two publications.
CREATE TABLE kb_article_versions (
    article_id  uuid NOT NULL REFERENCES kb_articles (id),
    number      integer NOT NULL CHECK (number > 0),
    title       text NOT NULL,
    body        text NOT NULL,
    author_id   uuid REFERENCES people (id),
    created_at  timestamptz NOT NULL,
    PRIMARY KEY (article_id, number)
);

CREATE TABLE kb_article_attachments (
    id            uuid PRIMARY KEY,
    org_id        uuid NOT NULL,
    article_id    uuid NOT NULL,
    filename      text NOT NULL,
    content_type  text NOT NULL,
    size          integer NOT NULL CHECK (size > 0),
    sha256        text NOT NULL,
    uploaded_by   uuid REFERENCES people (id),
    data          bytea NOT NULL,
    created_at    timestamptz NOT NULL,
    FOREIGN KEY (org_id, article_id) REFERENCES kb_articles (org_id, id)
);
CREATE INDEX kb_article_attachments_by_article ON kb_article_attachments (article_id, created_at);

-- "Did this answer your question?": one vote per person and article (changed by voting again); anonymous
-- votes on public articles have no person.
CREATE TABLE kb_votes (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    org_id      uuid NOT NULL,
    article_id  uuid NOT NULL,
    person_id   uuid REFERENCES people (id),
    helpful     boolean NOT NULL,
    at          timestamptz NOT NULL,
    FOREIGN KEY (org_id, article_id) REFERENCES kb_articles (org_id, id)
);
CREATE UNIQUE INDEX kb_votes_one_per_person ON kb_votes (article_id, person_id) WHERE person_id IS NOT NULL;
CREATE INDEX kb_votes_by_org ON kb_votes (org_id, at);

-- Reads and suggestions, for the statistics: a VIEW following a SUGGESTION of the same article to the same
-- person is a suggestion opened; if that person files no ticket within 24 h, a request was avoided.
CREATE TABLE kb_events (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    org_id      uuid NOT NULL,
    article_id  uuid NOT NULL,
    person_id   uuid,
    kind        text NOT NULL CHECK (kind IN ('VIEW', 'SUGGESTION')),
    at          timestamptz NOT NULL,
    FOREIGN KEY (org_id, article_id) REFERENCES kb_articles (org_id, id)
);
CREATE INDEX kb_events_by_org ON kb_events (org_id, kind, at);
CREATE INDEX kb_events_by_person ON kb_events (person_id, article_id, at) WHERE person_id IS NOT NULL;

-- Articles an agent pointed to on a ticket (when resolving, or any time).
CREATE TABLE kb_ticket_articles (
    org_id      uuid NOT NULL,
    ticket_id   uuid NOT NULL,
    article_id  uuid NOT NULL,
    linked_by   uuid REFERENCES people (id),
    linked_at   timestamptz NOT NULL,
    PRIMARY KEY (ticket_id, article_id),
    FOREIGN KEY (org_id, ticket_id) REFERENCES tickets (org_id, id),
    FOREIGN KEY (org_id, article_id) REFERENCES kb_articles (org_id, id)
);

-- Canned replies of the organisation (team_id null) or of one team, with placeholders; usage counted.
CREATE TABLE canned_replies (
    id           uuid PRIMARY KEY,
    org_id       uuid NOT NULL REFERENCES organisations (id),
    team_id      uuid,
    title        text NOT NULL,
    body         text NOT NULL,
    usage_count  integer NOT NULL DEFAULT 0,
    version      bigint NOT NULL DEFAULT 0,
    created_at   timestamptz NOT NULL,
    updated_at   timestamptz NOT NULL,
    FOREIGN KEY (org_id, team_id) REFERENCES teams (org_id, id)
);
CREATE INDEX canned_replies_by_org ON canned_replies (org_id, team_id);
