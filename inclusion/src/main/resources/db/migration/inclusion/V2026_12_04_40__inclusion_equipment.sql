-- Equipment loans tied to training paths (Mon ordi Pin40): lots of reconditioned devices, their items,
-- beneficiaries and the loans that become grants once the beneficiary's training path is completed.
-- References inside the module use (org_id, id) pairs so that the database refuses a cross-organisation link.

CREATE TABLE inclusion_equipment_lots (
    id              uuid PRIMARY KEY,
    org_id          uuid NOT NULL REFERENCES organisations (id),
    label           text NOT NULL,
    origin          text NOT NULL,
    reconditioner   text NOT NULL,
    device_kind     text NOT NULL CHECK (device_kind IN ('LAPTOP', 'DESKTOP', 'TABLET', 'PHONE')),
    quantity        integer NOT NULL CHECK (quantity > 0),
    received_on     date NOT NULL,
    version         bigint NOT NULL DEFAULT 0,
    created_at      timestamptz NOT NULL,
    updated_at      timestamptz NOT NULL,
    UNIQUE (org_id, id)
);

CREATE TABLE inclusion_equipment_items (
    id              uuid PRIMARY KEY,
    org_id          uuid NOT NULL REFERENCES organisations (id),
    lot_id          uuid NOT NULL,
    serial_number   text NOT NULL,
    model           text,
    state           text NOT NULL CHECK (state IN ('IN_STOCK', 'LENT', 'TRANSFERRED', 'RETURNED', 'WRITTEN_OFF')),
    version         bigint NOT NULL DEFAULT 0,
    created_at      timestamptz NOT NULL,
    updated_at      timestamptz NOT NULL,
    UNIQUE (org_id, id),
    UNIQUE (org_id, serial_number),
    FOREIGN KEY (org_id, lot_id) REFERENCES inclusion_equipment_lots (org_id, id)
);
CREATE INDEX inclusion_items_by_lot ON inclusion_equipment_items (org_id, lot_id, state);

-- A person helped by the programme, possibly outside any member structure; member_id is the structure that
-- referred it (a commune's CCAS, a France Services), whose contacts follow it.
CREATE TABLE inclusion_beneficiaries (
    id                  uuid PRIMARY KEY,
    org_id              uuid NOT NULL REFERENCES organisations (id),
    name                text NOT NULL,
    email               text,
    phone               text,
    commune             text NOT NULL,
    member_id           uuid,
    person_id           uuid,
    eligibility         text NOT NULL CHECK (eligibility IN ('MINIMA_SOCIAUX', 'JOB_SEEKER', 'YOUNG_IN_INTEGRATION',
                            'SENIOR', 'LOW_INCOME', 'OTHER')),
    eligibility_note    text,
    charter_signed_on   date,
    version             bigint NOT NULL DEFAULT 0,
    created_at          timestamptz NOT NULL,
    updated_at          timestamptz NOT NULL,
    UNIQUE (org_id, id)
);
CREATE INDEX inclusion_beneficiaries_by_member ON inclusion_beneficiaries (org_id, member_id);

-- active -> completed -> transferred (the item is the beneficiary's); active -> abandoned -> returned.
CREATE TABLE inclusion_loans (
    id                  uuid PRIMARY KEY,
    org_id              uuid NOT NULL REFERENCES organisations (id),
    item_id             uuid NOT NULL,
    beneficiary_id      uuid NOT NULL,
    enrolment_ids       uuid[] NOT NULL CHECK (cardinality(enrolment_ids) > 0),
    status              text NOT NULL CHECK (status IN ('ACTIVE', 'COMPLETED', 'TRANSFERRED', 'ABANDONED', 'RETURNED')),
    lent_on             date NOT NULL,
    path_ended_on       date,
    settled_on          date,
    note                text,
    version             bigint NOT NULL DEFAULT 0,
    created_at          timestamptz NOT NULL,
    updated_at          timestamptz NOT NULL,
    UNIQUE (org_id, id),
    FOREIGN KEY (org_id, item_id) REFERENCES inclusion_equipment_items (org_id, id),
    FOREIGN KEY (org_id, beneficiary_id) REFERENCES inclusion_beneficiaries (org_id, id),
    CHECK ((status = 'ACTIVE') = (path_ended_on IS NULL)),
    CHECK ((status IN ('TRANSFERRED', 'RETURNED')) = (settled_on IS NOT NULL))
);
-- An item is out with one beneficiary at a time: until it is transferred or returned.
CREATE UNIQUE INDEX inclusion_loans_one_open_per_item ON inclusion_loans (org_id, item_id)
    WHERE status IN ('ACTIVE', 'COMPLETED', 'ABANDONED');
CREATE INDEX inclusion_loans_by_beneficiary ON inclusion_loans (org_id, beneficiary_id);
CREATE INDEX inclusion_loans_by_path_end ON inclusion_loans (org_id, path_ended_on);
