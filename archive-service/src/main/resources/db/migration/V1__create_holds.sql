-- A hold keeps allmänna handlingar from being disposed of while a disclosure request (utlämnande), an appeal, a police
-- report, an open ärende or litigation is pending (JO 3434-2016). A hold is itself a record: it is released, never
-- deleted, and a released hold never changes again. The triggers below make the database refuse both, so that no
-- code path (nor a hand-written SQL statement) can quietly erase the evidence that material was protected.
create table hold (
    id             uuid primary key,
    reason         varchar(32)   not null check (reason in ('DISCLOSURE_REQUEST', 'APPEAL', 'POLICE_REPORT',
                                                            'OPEN_CASE', 'LITIGATION', 'MANUAL')),
    -- the diarienummer or other reference of what the hold protects, e.g. "KS 2026/0123"
    reference      varchar(64)   not null check (length(trim(reference)) > 0),
    description    varchar(2000),
    period_from    timestamp with time zone,
    period_to      timestamp with time zone,
    placed_at      timestamp with time zone not null,
    placed_by      varchar(200)  not null,
    released_at    timestamp with time zone,
    released_by    varchar(200),
    release_reason varchar(2000),
    version        bigint        not null default 0,
    constraint hold_period_ordered check (period_to is null or period_from is null or period_to >= period_from),
    constraint hold_release_complete check (
        (released_at is null and released_by is null and release_reason is null)
        or (released_at is not null and released_by is not null and release_reason is not null)),
    constraint hold_released_after_placed check (released_at is null or released_at >= placed_at)
);

-- Active holds are what every disposal re-checks; keep that lookup small.
create index hold_active on hold (placed_at desc) where released_at is null;

-- Scope as child tables rather than uuid[] columns: the primary key forbids duplicates, the foreign key ties each row
-- to its hold, and "is this item or channel held?" (asked by every disposal, in the disposal's transaction) is a
-- plain b-tree lookup on the indexes below instead of a GIN search inside arrays. Channel and item ids are not
-- foreign keys: channels live in channel-registry-service, and a hold may name an item before it is captured.
create table hold_channel (
    hold_id    uuid not null references hold (id),
    channel_id uuid not null,
    primary key (hold_id, channel_id)
);
create index hold_channel_channel on hold_channel (channel_id);

create table hold_item (
    hold_id uuid not null references hold (id),
    item_id uuid not null,
    primary key (hold_id, item_id)
);
create index hold_item_item on hold_item (item_id);

create function hold_is_a_record() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        raise exception 'a hold is a record and is never deleted; release it instead (hold %)', old.id;
    end if;
    if old.released_at is not null then
        raise exception 'hold % has been released and can no longer change', old.id;
    end if;
    return new;
end;
$$;

create trigger hold_never_deleted_nor_changed_after_release
    before update or delete on hold
    for each row execute function hold_is_a_record();

-- What a hold covered is part of the record: it is fixed when the hold is placed.
create function hold_scope_is_fixed() returns trigger language plpgsql as $$
begin
    raise exception 'the scope of a hold is fixed when the hold is placed';
end;
$$;

create trigger hold_channel_fixed before update or delete on hold_channel
    for each row execute function hold_scope_is_fixed();

create trigger hold_item_fixed before update or delete on hold_item
    for each row execute function hold_scope_is_fixed();
