-- PDF/A renditions of a thread or of one item with its context, "as it looked". A rendition that veraPDF rejects is
-- recorded with its failures and without a file: it is never kept as if it were valid.
create table rendition (
    id                uuid primary key,
    item_id           uuid          not null,
    scope             varchar(32)   not null check (scope in ('THREAD', 'ITEM_WITH_CONTEXT')),
    sha256            varchar(64) references blob (sha256),
    size_bytes        bigint check (size_bytes > 0),
    profile           varchar(32)   not null,
    valid             boolean       not null,
    failures          varchar(8000),
    created_at        timestamp with time zone not null,
    created_by        varchar(200)  not null,
    constraint rendition_valid_has_file check (valid = (sha256 is not null))
);
create index rendition_subject on rendition (item_id);

-- Which item versions a rendition shows; a disposal deletes every rendition that shows the disposed item.
create table rendition_item (
    rendition_id   uuid        not null references rendition (id),
    item_id        uuid        not null,
    version_no     integer     not null,
    content_sha256 varchar(64) not null,
    primary key (rendition_id, item_id)
);
create index rendition_item_item on rendition_item (item_id);
