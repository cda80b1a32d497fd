-- One row per capture of a channel (requirements 32, 33, 37): what was asked (scope, trigger, period), with which
-- connector and API version, when (UTC), from which URLs, how much, what went wrong, and the PDF/A overview rendition
-- (ögonblicksbild). The partial unique index allows one running capture per channel, whatever the number of replicas.
create table capture (
    id                uuid primary key,
    channel_id        uuid          not null,
    scope             varchar(16)   not null check (scope in ('OVERVIEW', 'ITEMS', 'FULL')),
    trigger_kind      varchar(20)   not null check (trigger_kind in ('SCHEDULE', 'ON_DEMAND', 'CHANNEL_CLOSURE')),
    status            varchar(16)   not null check (status in ('RUNNING', 'SUCCEEDED', 'FAILED')),
    platform          varchar(32),
    api_version       varchar(100),
    connector_version varchar(100),
    period_from       timestamp with time zone not null,
    period_to         timestamp with time zone not null,
    started_at        timestamp with time zone not null,
    ended_at          timestamp with time zone,
    requested_by      varchar(200)  not null,
    source_urls       text          not null default '',
    items_seen        integer       not null default 0 check (items_seen >= 0),
    items_created     integer       not null default 0 check (items_created >= 0),
    items_new_version integer       not null default 0 check (items_new_version >= 0),
    items_unchanged   integer       not null default 0 check (items_unchanged >= 0),
    items_gone        integer       not null default 0 check (items_gone >= 0),
    error_kind        varchar(32),
    errors            varchar(8000),
    overview_sha256   varchar(64) check (overview_sha256 ~ '^[0-9a-f]{64}$'),
    overview_valid    boolean,
    reported          boolean       not null default false,
    constraint capture_period check (period_to >= period_from),
    constraint capture_finished check (status = 'RUNNING' or ended_at is not null)
);
create unique index capture_one_running_per_channel on capture (channel_id) where status = 'RUNNING';
create index capture_channel_started on capture (channel_id, started_at);
