-- Content-addressed blobs: raw platform payloads, media and renditions. The bytes live in the blob store (a directory
-- by default); this table is what the database knows of them, so that a blob is deleted only when no version refers to
-- it any longer and the fixity job knows what to re-hash.
create table blob (
    sha256     varchar(64)  primary key check (sha256 ~ '^[0-9a-f]{64}$'),
    size_bytes bigint       not null check (size_bytes >= 0),
    media_type varchar(200) not null,
    stored_at  timestamp with time zone not null
);

-- An item is one post, comment, reply, direct message, media object or page snapshot as the platform knows it.
-- (channel_id, platform_item_id) is the natural key that makes ingest idempotent. Channels live in
-- channel-registry-service, so channel_id is not a foreign key.
create table item (
    id                      uuid primary key,
    channel_id              uuid         not null,
    platform                varchar(32)  not null check (platform in ('FACEBOOK_PAGE', 'INSTAGRAM', 'X', 'YOUTUBE',
                                                                      'LINKEDIN', 'MASTODON', 'TIKTOK', 'BLOG_RSS',
                                                                      'OTHER')),
    platform_item_id        varchar(200) not null check (length(trim(platform_item_id)) > 0),
    kind                    varchar(32)  not null check (kind in ('POST', 'COMMENT', 'REPLY', 'DIRECT_MESSAGE',
                                                                  'MEDIA', 'PAGE_SNAPSHOT')),
    direction               varchar(16)  not null check (direction in ('INBOUND', 'OUTBOUND')),
    parent_platform_item_id varchar(200),
    -- resolved when the parent is in the archive; a disposed parent leaves its replies in place
    parent_item_id          uuid references item (id) on delete set null,
    thread_root_item_id     uuid         not null,
    author_handle           varchar(200),
    author_display_name     varchar(400),
    author_platform_user_id varchar(200),
    platform_created_at     timestamp with time zone not null,
    captured_at             timestamp with time zone not null,
    visibility              varchar(16)  not null default 'PUBLIC'
                                         check (visibility in ('PUBLIC', 'RESTRICTED', 'SECRET')),
    secrecy_provision       varchar(200),
    current_version         integer      not null check (current_version > 0),
    constraint item_natural_key unique (channel_id, platform_item_id),
    constraint item_secret_names_provision check (visibility <> 'SECRET' or secrecy_provision is not null)
);
create index item_thread on item (thread_root_item_id);
create index item_channel_created on item (channel_id, platform_created_at);
create index item_author on item (lower(author_handle));

-- Every distinct content an item has had; an edit on the platform is a new version, never an overwrite.
create table item_version (
    id                 uuid primary key,
    item_id            uuid         not null references item (id),
    version_no         integer      not null check (version_no > 0),
    text               text,
    platform_edited_at timestamp with time zone,
    raw_sha256         varchar(64) references blob (sha256),
    -- SHA-256 of the canonical form (se.uppsikt.archive.item.CanonicalForm); sealed in the hash chain
    content_sha256     varchar(64)  not null check (content_sha256 ~ '^[0-9a-f]{64}$'),
    source_url         varchar(2000),
    capture_tool       varchar(200),
    captured_at        timestamp with time zone not null,
    captured_by        varchar(200) not null,
    -- 'swedish' stems "kommunens" and "kommun" alike
    search_vector      tsvector generated always as (to_tsvector('swedish'::regconfig, coalesce(text, ''))) stored,
    constraint item_version_number unique (item_id, version_no)
);
create index item_version_search on item_version using gin (search_vector);

create table item_version_media (
    version_id uuid         not null references item_version (id),
    position   integer      not null check (position >= 0),
    sha256     varchar(64) references blob (sha256),
    media_type varchar(200) not null,
    source_url varchar(2000),
    primary key (version_id, position),
    constraint media_has_content_or_source check (sha256 is not null or source_url is not null)
);
create index item_version_media_blob on item_version_media (sha256);
create index item_version_raw_blob on item_version (raw_sha256);

-- The inbound change feed read by moderation-service. Cursors are handed out under the ledger lock (chain_head, V3)
-- and that lock is held until commit, so cursors commit in the order they were assigned: a reader that has seen
-- cursor n can never later find an n - 1 appearing.
create table inbound_feed (
    cursor     bigint primary key check (cursor > 0),
    item_id    uuid not null references item (id),
    version_id uuid not null unique references item_version (id)
);
create index inbound_feed_item on inbound_feed (item_id);
