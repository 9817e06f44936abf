-- Training catalogue: one row per course (Qualiopi indicator 1: the public programme sheet).
CREATE TABLE training_courses (
    id                  uuid PRIMARY KEY,
    org_id              uuid NOT NULL REFERENCES organisations (id),
    code                text NOT NULL,
    title               text NOT NULL,
    summary             text,
    objectives          text NOT NULL,
    prerequisites       text,
    audience            text,
    duration_hours      numeric(7, 2) NOT NULL CHECK (duration_hours > 0),
    modality            text NOT NULL CHECK (modality IN ('IN_PERSON', 'SELF_PACED', 'VIRTUAL_CLASSROOM', 'BLENDED')),
    programme_type      text NOT NULL CHECK (programme_type IN ('CATALOGUE', 'REGIONAL_PROGRAMME', 'SPECIFIC_REQUEST')),
    price_eur           numeric(10, 2) CHECK (price_eur >= 0),
    access_delay        text,
    disability_access   text,
    assessment_methods  text,
    tags                text[] NOT NULL DEFAULT '{}',
    published           boolean NOT NULL DEFAULT false,
    version             bigint NOT NULL DEFAULT 0,
    created_at          timestamptz NOT NULL,
    updated_at          timestamptz NOT NULL,
    UNIQUE (org_id, id)
);
CREATE UNIQUE INDEX training_courses_code_unique ON training_courses (org_id, lower(code));
CREATE INDEX training_courses_by_title ON training_courses (org_id, lower(title), id);
CREATE INDEX training_courses_by_creation ON training_courses (org_id, created_at, id);
CREATE INDEX training_courses_by_modality ON training_courses (org_id, modality, programme_type);
CREATE INDEX training_courses_published ON training_courses (org_id, lower(code), id) WHERE published;
CREATE INDEX training_courses_by_tag ON training_courses USING gin (tags);
