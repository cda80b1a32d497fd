-- A request for utlämnande of allmänna handlingar (TF 2 kap., OSL 6 kap.; domain requirements 46-48). The requester
-- may stay anonymous, so requester is optional; who handled it is always recorded. What the request covers is fixed
-- when it is registered (disclosure_item), and a hold keeps all of it from disposal until the request is closed and
-- the appeal time has passed or an appeal has been decided (JO 3434-2016).
create table disclosure_request (
    id                          uuid primary key,
    received_at                 timestamp with time zone not null,
    requester                   varchar(200),
    description                 varchar(2000),
    handling_official           varchar(200)  not null,
    registered_at               timestamp with time zone not null,
    -- scope: a channel and period, search criteria, and/or named items (disclosure_request_item)
    scope_channel_id            uuid,
    scope_period_from           timestamp with time zone,
    scope_period_to             timestamp with time zone,
    scope_text                  varchar(500),
    scope_author_handle         varchar(200),
    scope_registration_number   varchar(64),
    hold_id                     uuid references hold (id),
    status                      varchar(16)   not null check (status in ('OPEN', 'DECIDED', 'APPEALED',
                                                                         'APPEAL_DECIDED')),
    outcome                     varchar(32) check (outcome in ('RELEASED', 'RELEASED_WITH_RESERVATION', 'REFUSED')),
    reservation                 varchar(4000),
    decision_document_reference varchar(200),
    decision_maker              varchar(200),
    appeal_notice               varchar(2000),
    decided_at                  timestamp with time zone,
    decided_by                  varchar(200),
    appeal_deadline             timestamp with time zone,
    appeal_lodged_at            timestamp with time zone,
    appeal_recorded_by          varchar(200),
    appeal_hold_id              uuid references hold (id),
    appeal_decided_at           timestamp with time zone,
    appeal_outcome              varchar(2000),
    holds_released_at           timestamp with time zone,
    version                     bigint        not null default 0,
    constraint disclosure_period_ordered check (scope_period_to is null or scope_period_from is null
                                                or scope_period_to >= scope_period_from),
    constraint disclosure_decided_has_outcome check ((status = 'OPEN') = (outcome is null)),
    -- OSL 6 kap. 3 §: a refusal or a release with förbehåll is a formal, appealable decision with a document
    constraint disclosure_refusal_has_document check (outcome is null or outcome = 'RELEASED'
                                                      or decision_document_reference is not null),
    constraint disclosure_reservation_has_text check (outcome is distinct from 'RELEASED_WITH_RESERVATION'
                                                      or reservation is not null),
    constraint disclosure_appeal_recorded check (status not in ('APPEALED', 'APPEAL_DECIDED')
                                                 or appeal_lodged_at is not null),
    constraint disclosure_appeal_decided check (status <> 'APPEAL_DECIDED' or appeal_decided_at is not null)
);
create index disclosure_request_received on disclosure_request (received_at desc);
-- the release job looks only at decided requests whose holds are still on
create index disclosure_request_pending_release on disclosure_request (appeal_deadline)
    where holds_released_at is null and status <> 'OPEN';

-- items named in the request itself
create table disclosure_request_item (
    request_id uuid not null references disclosure_request (id),
    item_id    uuid not null,
    primary key (request_id, item_id)
);

-- What the scope resolved to when the request was registered: the items the package is made of. Item ids are not
-- foreign keys: once the holds are released an item may be disposed of, and this record of the request must stay.
create table disclosure_item (
    request_id uuid not null references disclosure_request (id),
    item_id    uuid not null,
    primary key (request_id, item_id)
);

-- Masking (maskning) is a derivative: the original version and its blobs are never touched; the masked rendition and
-- JSON are new blobs, recorded here with what was masked and under which provision.
create table disclosure_masking (
    id                    uuid primary key,
    request_id            uuid          not null references disclosure_request (id),
    item_id               uuid          not null,
    version_no            integer       not null,
    original_sha256       varchar(64)   not null check (original_sha256 ~ '^[0-9a-f]{64}$'),
    provision             varchar(200)  not null check (length(trim(provision)) > 0),
    masked_spans          integer       not null check (masked_spans >= 0),
    masked_json_sha256    varchar(64)   not null references blob (sha256),
    masked_pdf_sha256     varchar(64)   not null references blob (sha256),
    created_at            timestamp with time zone not null,
    created_by            varchar(200)  not null,
    constraint disclosure_masking_once unique (request_id, item_id)
);

create table disclosure_package (
    id              uuid primary key,
    request_id      uuid          not null references disclosure_request (id),
    sha256          varchar(64)   not null references blob (sha256),
    size_bytes      bigint        not null check (size_bytes > 0),
    manifest_sha256 varchar(64)   not null check (manifest_sha256 ~ '^[0-9a-f]{64}$'),
    item_count      integer       not null check (item_count >= 0),
    masked_count    integer       not null check (masked_count >= 0),
    created_at      timestamp with time zone not null,
    created_by      varchar(200)  not null
);
create index disclosure_package_request on disclosure_package (request_id, created_at desc);
