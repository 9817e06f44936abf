-- Trainer profiles (Qualiopi indicators 21-22): status, competences, certifications, competence upkeep.
CREATE TABLE training_trainers (
    id           uuid PRIMARY KEY,
    org_id       uuid NOT NULL REFERENCES organisations (id),
    person_id    uuid NOT NULL REFERENCES people (id),
    kind         text NOT NULL CHECK (kind IN ('STAFF', 'INDEPENDENT')),
    competences  text[] NOT NULL DEFAULT '{}',
    active       boolean NOT NULL DEFAULT true,
    version      bigint NOT NULL DEFAULT 0,
    created_at   timestamptz NOT NULL,
    updated_at   timestamptz NOT NULL,
    UNIQUE (org_id, id),
    UNIQUE (org_id, person_id)
);
CREATE INDEX training_trainers_by_kind ON training_trainers (org_id, kind) WHERE active;

CREATE TABLE training_trainer_certifications (
    trainer_id   uuid NOT NULL REFERENCES training_trainers (id) ON DELETE CASCADE,
    position     integer NOT NULL,
    name         text NOT NULL,
    obtained_on  date NOT NULL,
    expires_on   date CHECK (expires_on IS NULL OR expires_on >= obtained_on),
    PRIMARY KEY (trainer_id, position)
);
CREATE INDEX training_trainer_certifications_by_expiry ON training_trainer_certifications (expires_on);

CREATE TABLE training_trainer_upkeep (
    trainer_id   uuid NOT NULL REFERENCES training_trainers (id) ON DELETE CASCADE,
    position     integer NOT NULL,
    done_on      date NOT NULL,
    title        text NOT NULL,
    hours        numeric(6, 2) NOT NULL CHECK (hours > 0),
    PRIMARY KEY (trainer_id, position)
);
