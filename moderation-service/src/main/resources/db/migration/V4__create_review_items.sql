-- One review item per inbound message from archive-service's feed (req. 14): the supervision duty of BBS-lagen 4 §
-- is met item by item, so each needs its own first-reviewed record. The archive keeps the message itself.
create table review_item (
    id                  uuid primary key,
    item_id             uuid          not null unique,
    channel_id          uuid          not null,
    thread_root_item_id uuid          not null,
    parent_item_id      uuid,
    platform_item_id    varchar(500)  not null,
    kind                varchar(20)   not null
        check (kind in ('POST', 'COMMENT', 'REPLY', 'DIRECT_MESSAGE', 'MEDIA', 'PAGE_SNAPSHOT')),
    author_handle       varchar(500),
    platform_created_at timestamp with time zone not null,
    text                text,
    -- The feed position it came from: unique, so one feed entry can never become two review items.
    feed_cursor         bigint        not null unique check (feed_cursor > 0),
    received_at         timestamp with time zone not null,
    status              varchar(16)   not null check (status in ('UNREVIEWED', 'REVIEWED')),
    assigned_to         varchar(200),
    assigned_at         timestamp with time zone,
    first_reviewed_by   varchar(200),
    first_reviewed_at   timestamp with time zone,
    secret              boolean       not null default false,
    version             bigint        not null default 0,
    constraint review_item_first_review check ((status = 'REVIEWED') = (first_reviewed_at is not null)
        and (first_reviewed_at is null) = (first_reviewed_by is null)),
    constraint review_item_assignment check ((assigned_to is null) = (assigned_at is null))
);

-- The queue: unreviewed items per channel, oldest first.
create index review_item_queue on review_item (channel_id, platform_created_at) where status = 'UNREVIEWED';

-- Where the consumer is in the archive's feed. Updated in the same transaction as the review items it created, so
-- a crash between the two cannot skip items (cursor ahead) or duplicate them (items without the cursor).
create table feed_cursor (
    feed       varchar(50) primary key,
    position   bigint      not null check (position >= 0),
    updated_at timestamp with time zone not null
);

insert into feed_cursor (feed, position, updated_at) values ('archive-inbound', 0, now());

-- An item left unreviewed beyond its channel's threshold (req. 15). One alert per item: the alert is a record that
-- the duty was missed, not a reminder that repeats.
create table review_alert (
    id                uuid primary key,
    review_item_id    uuid    not null unique references review_item (id),
    channel_id        uuid    not null,
    threshold_seconds bigint  not null check (threshold_seconds > 0),
    age_seconds       bigint  not null check (age_seconds >= 0),
    raised_at         timestamp with time zone not null
);

create index review_alert_channel on review_alert (channel_id, raised_at);
