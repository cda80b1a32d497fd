-- Registration (diarieföring) requests from moderation itself, retention-service and archive-service (req. 61–68).
-- A row is the canonical request AND its outbox entry: it is written in the caller's transaction, and the dispatcher
-- delivers it to the case system afterwards, so a decision is never committed without its registration or vice versa.
create table registration (
    id                       uuid primary key,
    -- The idempotency key: the same source reference always means the same handling, never a second one (req. 64).
    source_reference         varchar(300)  not null unique check (btrim(source_reference) <> ''),
    source_service           varchar(100)  not null check (btrim(source_service) <> ''),
    requested_by             varchar(200)  not null,
    authority_id             uuid          not null,
    registry_unit            varchar(50)   not null check (btrim(registry_unit) <> ''),
    case_number              varchar(100),
    new_case_title           varchar(500),
    new_case_type            varchar(200),
    new_case_classification  varchar(50),
    document_title           varchar(500)  not null check (btrim(document_title) <> ''),
    -- OSL 5 kap. 2 §: the public register shows date, designation, counterparty and a short description, but leaves
    -- out what is secret; the protected_* columns hold what the public entry must not show.
    description              varchar(4000) not null check (btrim(description) <> ''),
    direction                varchar(16)   not null check (direction in ('INKOMMANDE', 'UPPRATTAD', 'INTERN')),
    document_date            date          not null,
    counterparty             varchar(500),
    secrecy_provision        varchar(200),
    protected_title          varchar(500),
    protected_description    varchar(4000),
    protected_counterparty   varchar(500),
    responsible_unit         varchar(200),
    external_reference       varchar(1000),
    status                   varchar(16)   not null check (status in ('PENDING', 'REGISTERED', 'DEAD_LETTER')),
    registration_number      varchar(100),
    attempts                 integer       not null default 0 check (attempts >= 0),
    next_attempt_at          timestamp with time zone,
    last_error               varchar(2000),
    created_at               timestamp with time zone not null,
    registered_at            timestamp with time zone,
    completed_by             varchar(200),
    version                  bigint        not null default 0,
    constraint registration_case check ((case_number is null) <> (new_case_title is null)),
    constraint registration_secrecy check (secrecy_provision is not null
        or (protected_title is null and protected_description is null and protected_counterparty is null)),
    constraint registration_number_when_registered check ((status = 'REGISTERED') = (registration_number is not null)),
    constraint registration_pending_is_scheduled check (status <> 'PENDING' or next_attempt_at is not null)
);

-- The dispatcher's query: what is due now, oldest first.
create index registration_due on registration (next_attempt_at) where status = 'PENDING';
create index registration_status on registration (status, created_at);

create table registration_attachment (
    registration_id uuid         not null references registration (id),
    position        integer      not null check (position >= 0),
    name            varchar(300) not null check (btrim(name) <> ''),
    media_type      varchar(100) not null,
    sha256          char(64)     not null check (sha256 ~ '^[0-9a-f]{64}$'),
    content         bytea        not null,
    primary key (registration_id, position)
);
