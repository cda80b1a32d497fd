-- The reason catalogue is versioned reference data (domain brief §11.3, req. 31): the legal grounds change with the
-- law (BBS-lagen 5 § was extended on 2018-01-01; the terrorism reference may be re-pointed), and every moderation
-- decision cites the version it was taken under. A law change is a new row here, never a release.
create table reason_catalogue (
    version      integer primary key check (version > 0),
    valid_from   date         not null unique,
    valid_to     date,
    note         varchar(2000),
    published_by varchar(200) not null,
    published_at timestamp with time zone not null,
    constraint reason_catalogue_period check (valid_to >= valid_from),
    -- At most one catalogue is in force on any date. Deferred because publishing closes the previous version and
    -- inserts its successor in one transaction, in whatever order the ORM flushes them.
    constraint reason_catalogue_no_overlap
        exclude using gist (daterange(valid_from, valid_to, '[]') with &&) deferrable initially deferred
);

create table reason (
    catalogue_version         integer       not null references reason_catalogue (version),
    code                      varchar(64)   not null check (code ~ '^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$'),
    reason_group              varchar(16)   not null check (reason_group in ('STATUTORY', 'SECRECY', 'POLICY')),
    legal_reference           varchar(500)  not null check (btrim(legal_reference) <> ''),
    title_sv                  varchar(200)  not null check (btrim(title_sv) <> ''),
    description_sv            varchar(2000),
    -- Barnpornografibrott: only metadata may be stored as evidence (req. 20).
    special_evidence_handling boolean       not null default false,
    motivation_required       boolean       not null default false,
    primary key (catalogue_version, code)
);

-- A published catalogue is cited by decisions, so it is a record: its reasons never change and it is never deleted.
-- The only change allowed is closing it once (setting valid_to) when its successor is published.
create function reject_reason_change() returns trigger language plpgsql as $$
begin
    raise exception 'reason % of catalogue version % is published and cannot be changed or deleted',
        old.code, old.catalogue_version;
end;
$$;

create trigger reason_is_immutable
    before update or delete on reason
    for each row execute function reject_reason_change();

create function guard_reason_catalogue_change() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        raise exception 'reason catalogue version % is published and cannot be deleted', old.version;
    end if;
    if old.valid_to is not null
            or new.version <> old.version
            or new.valid_from <> old.valid_from
            or new.note is distinct from old.note
            or new.published_by <> old.published_by
            or new.published_at <> old.published_at then
        raise exception 'reason catalogue version % is published; only closing its validity once is allowed',
            old.version;
    end if;
    return new;
end;
$$;

create trigger reason_catalogue_is_immutable
    before update or delete on reason_catalogue
    for each row execute function guard_reason_catalogue_change();
