-- What the archive knows of an item's state on its platform: hidden or removed by a takedown, or found deleted on the
-- platform by a later capture ("borttaget på plattformen, upptäckt ..."). The archived item itself is never deleted
-- for this reason; the row only says what happened out there and when the archive noticed.
create table item_platform_state (
    item_id    uuid primary key references item (id) on delete cascade,
    state      varchar(32)  not null check (state in ('HIDDEN', 'REMOVED_FROM_PLATFORM', 'DELETED_ON_PLATFORM')),
    noticed_at timestamp with time zone not null,
    source     varchar(200) not null check (length(trim(source)) > 0)
);
