-- Every change of an item's visibility, with who, when and why; the item row holds only the current state.
create table visibility_change (
    id                uuid primary key,
    item_id           uuid          not null references item (id),
    from_visibility   varchar(16)   not null check (from_visibility in ('PUBLIC', 'RESTRICTED', 'SECRET')),
    to_visibility     varchar(16)   not null check (to_visibility in ('PUBLIC', 'RESTRICTED', 'SECRET')),
    secrecy_provision varchar(200),
    reason            varchar(2000) not null check (length(trim(reason)) > 0),
    changed_at        timestamp with time zone not null,
    changed_by        varchar(200)  not null,
    constraint visibility_change_secret_names_provision check (to_visibility <> 'SECRET' or secrecy_provision is not null)
);
create index visibility_change_item on visibility_change (item_id, changed_at);

-- Every read of a SECRET item (OSL): who, when, which item. Kept after the item is disposed, hence no foreign key.
create table secret_read (
    id         uuid primary key,
    item_id    uuid         not null,
    read_by    varchar(200) not null,
    read_at    timestamp with time zone not null,
    request_id varchar(200)
);
create index secret_read_item on secret_read (item_id);
