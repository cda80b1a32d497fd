-- The hash chain: every ingest, visibility change, hold, takedown and disposal appends one entry whose hash covers the
-- previous entry's hash. Rewriting any entry, or the content an entry seals, is found by /api/v1/integrity/verify.
create table chain_entry (
    seq            bigint primary key check (seq > 0),
    kind           varchar(32)   not null check (kind in ('ITEM_VERSION_INGESTED', 'VISIBILITY_CHANGED', 'HOLD_PLACED',
                                                          'HOLD_RELEASED', 'TAKEDOWN', 'ITEM_DISPOSED')),
    subject_id     uuid          not null,
    subject_sha256 varchar(64) check (subject_sha256 ~ '^[0-9a-f]{64}$'),
    detail         varchar(4000) not null,
    recorded_at    timestamp with time zone not null,
    recorded_by    varchar(200)  not null,
    previous_hash  varchar(64)   not null check (previous_hash ~ '^[0-9a-f]{64}$'),
    entry_hash     varchar(64)   not null unique check (entry_hash ~ '^[0-9a-f]{64}$')
);
create index chain_entry_subject on chain_entry (subject_id);

create function chain_entry_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'the hash chain is append-only (entry %)', old.seq;
end;
$$;

create trigger chain_entry_append_only before update or delete on chain_entry
    for each row execute function chain_entry_is_append_only();

-- The ledger lock. One row: the head of the chain and the last feed cursor. Every writing transaction locks it
-- first (select ... for update) and keeps it until commit. The chain is a total order anyway, so writers would
-- serialise on it at the end; taking it first also orders every item-row lock after it (no deadlocks between ingest
-- and disposal), makes the hold re-check in a disposal see every committed hold, and makes feed cursors commit in
-- order.
create table chain_head (
    id               integer     primary key check (id = 1),
    last_seq         bigint      not null check (last_seq >= 0),
    last_hash        varchar(64) not null,
    last_feed_cursor bigint      not null check (last_feed_cursor >= 0)
);
insert into chain_head (id, last_seq, last_hash, last_feed_cursor)
values (1, 0, '0000000000000000000000000000000000000000000000000000000000000000', 0);

-- One row per blob per fixity run (arkivlagen 6 §: show that what is kept is unchanged).
create table fixity_check (
    id            uuid primary key,
    run_id        uuid        not null,
    sha256        varchar(64) not null,
    outcome       varchar(16) not null check (outcome in ('OK', 'MISMATCH', 'MISSING')),
    actual_sha256 varchar(64),
    checked_at    timestamp with time zone not null
);
create index fixity_check_run on fixity_check (run_id);
