-- Set-based rules of the command side, written in the same transaction as the events they guard.
CREATE EXTENSION IF NOT EXISTS btree_gist;

-- A celebrant's ceremonies: the slot runs from the start to the end plus the travel buffer,
-- so two slots of one celebrant may never overlap.
CREATE TABLE celebrant_slot (
    booking_id   varchar(64)  PRIMARY KEY,
    celebrant_id varchar(64)  NOT NULL,
    slot         tstzrange    NOT NULL,
    CONSTRAINT celebrant_slot_no_overlap EXCLUDE USING gist (celebrant_id WITH =, slot WITH &&)
);

-- Marriage certificate (Form 15) serial numbers are used once across the practice.
CREATE TABLE certificate_serial (
    serial      varchar(64) PRIMARY KEY,
    booking_id  varchar(64) NOT NULL,
    recorded_at timestamptz NOT NULL DEFAULT now()
);

-- Idempotency keys of the HTTP command API, kept with the first response.
CREATE TABLE idempotency_key (
    actor          varchar(128) NOT NULL,
    idempotency_key varchar(255) NOT NULL,
    request_hash   char(64)     NOT NULL,
    status         integer,
    content_type   varchar(255),
    location       varchar(1024),
    etag           varchar(64),
    body           bytea,
    created_at     timestamptz  NOT NULL DEFAULT now(),
    completed_at   timestamptz,
    PRIMARY KEY (actor, idempotency_key)
);
