-- E-ARK SIP 2.1 (FGS Paketstruktur 2.0) packages delivered to the authority's e-arkiv (domain requirements 38-43).
-- A package is validated with commons-ip2 before it may be transferred; the database refuses a transfer record on a
-- package that did not pass.
create table sip_export (
    id                 uuid primary key,
    package_id         varchar(64)   not null unique check (package_id ~ '^uuid-[0-9a-f-]{36}$'),
    channel_id         uuid          not null,
    period_from        timestamp with time zone not null,
    period_to          timestamp with time zone not null,
    status             varchar(16)   not null check (status in ('INVALID', 'VALID', 'TRANSFERRED')),
    item_count         integer       not null check (item_count >= 0),
    representations    varchar(200)  not null,
    may_contain_disposable boolean   not null,
    contains_secret    boolean       not null,
    contains_personal_data boolean   not null,
    size_bytes         bigint        not null check (size_bytes > 0),
    sha256             varchar(64)   not null check (sha256 ~ '^[0-9a-f]{64}$'),
    valid              boolean       not null,
    validation_errors  integer       not null check (validation_errors >= 0),
    validation_warnings integer      not null check (validation_warnings >= 0),
    validation_millis  bigint        not null check (validation_millis >= 0),
    validation_summary varchar(8000),
    created_at         timestamp with time zone not null,
    created_by         varchar(200)  not null,
    transferred_at     timestamp with time zone,
    transferred_by     varchar(200),
    transfer_target    varchar(2000),
    receipt            varchar(8000),
    overdue_alerted_at timestamp with time zone,
    version            bigint        not null default 0,
    constraint sip_export_period_ordered check (period_to > period_from),
    constraint sip_export_status_matches_validation check (valid = (status <> 'INVALID')),
    constraint sip_export_only_valid_transferred check ((status = 'TRANSFERRED') = (transferred_at is not null)),
    constraint sip_export_transfer_has_receipt check (transferred_at is null
                                                      or (receipt is not null and transfer_target is not null))
);
create index sip_export_created on sip_export (created_at desc);
-- the overdue check looks only at valid packages still waiting for transfer
create index sip_export_waiting on sip_export (created_at) where status = 'VALID' and overdue_alerted_at is null;

-- What happened to a package: built, validated, transfer attempts, overdue alerts.
create table sip_export_event (
    id         uuid primary key,
    export_id  uuid          not null references sip_export (id),
    kind       varchar(32)   not null check (kind in ('BUILT', 'VALIDATED', 'VALIDATION_FAILED', 'TRANSFERRED',
                                                      'TRANSFER_FAILED', 'TRANSFER_OVERDUE')),
    at         timestamp with time zone not null,
    detail     varchar(4000) not null
);
create index sip_export_event_export on sip_export_event (export_id, at);
