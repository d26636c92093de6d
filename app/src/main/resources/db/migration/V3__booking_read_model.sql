-- Read model of the "bookings" processing group: one row per booking, written only by BookingProjection.
-- version = the number of the booking's events applied (creation = 1); events at or below it are ignored,
-- so replaying the same events leaves the row unchanged.
CREATE TABLE booking_view (
    booking_id              varchar(64)  COLLATE "C" PRIMARY KEY, -- byte order: a stable tie-break for paging
    celebrant_id            varchar(64)  NOT NULL,
    status                  varchar(16)  NOT NULL,
    version                 bigint       NOT NULL,
    requested_at            timestamptz  NOT NULL,
    confirmed_at            timestamptz,

    ceremony_date           date         NOT NULL,
    start_time              time         NOT NULL,
    duration_minutes        integer      NOT NULL,
    venue_name              varchar(200) NOT NULL,
    venue_address           varchar(300) NOT NULL,
    venue_suburb            varchar(100) NOT NULL,
    venue_postcode          varchar(8)   NOT NULL,
    package_name            varchar(200) NOT NULL,
    fee_cents               bigint       NOT NULL,

    -- Personal data: every column below up to the ceremony plan's music (to be encrypted per person).
    partner1_full_name      varchar(200) NOT NULL,
    partner1_email          varchar(254) NOT NULL,
    partner1_phone          varchar(32)  NOT NULL,
    partner1_date_of_birth  date         NOT NULL,
    partner2_full_name      varchar(200) NOT NULL,
    partner2_email          varchar(254) NOT NULL,
    partner2_phone          varchar(32)  NOT NULL,
    partner2_date_of_birth  date         NOT NULL,
    plan_vows_partner1      text,
    plan_vows_partner2      text,
    -- End of personal data.

    -- the ceremony plan: all plan_* columns are null until a plan is set
    plan_script             text,
    plan_readings           jsonb,
    plan_music              jsonb,

    -- compliance; noim_due_by follows the ceremony date (NoimWindow.latestNoticeDateFor)
    noim_due_by             date         NOT NULL,
    noim_received_on        date,
    shortening_ground       varchar(32),
    shortening_authority    varchar(200),
    shortening_granted_on   date,
    partner1_declared_on    date,
    partner2_declared_on    date,
    performed_on            date,
    certificate_serial      varchar(64),
    registration_due_by     date,
    registered_on           date,
    registry_reference      varchar(100),
    registration_late       boolean,

    cancellation_reason     text,
    cancelled_by            varchar(16),
    cancelled_at            timestamptz
);

-- The list and the calendar sort by (ceremony_date, start_time, booking_id) and page by that key,
-- usually for one celebrant, sometimes by status.
CREATE INDEX booking_view_order ON booking_view (ceremony_date, start_time, booking_id);
CREATE INDEX booking_view_celebrant_order ON booking_view (celebrant_id, ceremony_date, start_time, booking_id);
CREATE INDEX booking_view_status_order ON booking_view (status, ceremony_date, start_time, booking_id);
-- The compliance report: open notices by due date, registrations by due date.
CREATE INDEX booking_view_noim_due ON booking_view (noim_due_by) WHERE noim_received_on IS NULL;
CREATE INDEX booking_view_registration_due ON booking_view (registration_due_by) WHERE status = 'PERFORMED';
