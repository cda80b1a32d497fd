-- What remains of a disposed item: ids, kind, channel, hashes, decision reference, run id and time. No content.
create table tombstone (
    id                 uuid primary key,
    item_id            uuid          not null unique,
    channel_id         uuid          not null,
    platform           varchar(32)   not null,
    platform_item_id   varchar(200)  not null,
    kind               varchar(32)   not null,
    direction          varchar(16)   not null,
    content_sha256     varchar(64)   not null check (content_sha256 ~ '^[0-9a-f]{64}$'),
    -- the content hashes of every version, oldest first, comma separated
    version_sha256s    varchar(70000) not null,
    decision_reference varchar(200)  not null check (length(trim(decision_reference)) > 0),
    run_id             uuid          not null,
    disposed_at        timestamp with time zone not null,
    disposed_by        varchar(200)  not null
);
create index tombstone_run on tombstone (run_id);

create function tombstone_is_permanent() returns trigger language plpgsql as $$
begin
    raise exception 'a tombstone is the permanent record of a disposal and never changes (item %)', old.item_id;
end;
$$;

create trigger tombstone_permanent before update or delete on tombstone
    for each row execute function tombstone_is_permanent();

-- The answer given for (run, item): a retried dispose call gets exactly the same answer.
create table disposal_outcome (
    run_id         uuid        not null,
    item_id        uuid        not null,
    outcome        varchar(20) not null check (outcome in ('DISPOSED', 'SKIPPED_HELD', 'NOT_FOUND', 'ALREADY_DISPOSED')),
    content_sha256 varchar(64),
    decided_at     timestamp with time zone not null,
    primary key (run_id, item_id)
);
