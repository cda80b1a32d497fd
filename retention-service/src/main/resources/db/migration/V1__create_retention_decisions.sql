-- A retention decision (gallringsbeslut) is the only lawful ground for disposing of allmänna handlingar
-- (arkivlagen 10 §): Riksarkivet's föreskrifter (RA-FS, RA-MS) for state bodies, or a decision by the arkivmyndighet or
-- a nämnd under the local arkivreglemente. Every disposal record will point at one, so a decision is never deleted.
create table retention_decision (
    id                 uuid primary key,
    -- the decision's own identifier: a diarienummer, or the provision in Riksarkivet's föreskrifter
    reference          varchar(200)  not null check (btrim(reference) <> ''),
    deciding_body_type varchar(32)   not null check (deciding_body_type in ('RIKSARKIVET_RAFS', 'RIKSARKIVET_RAMS',
                                                                            'ARKIVMYNDIGHET', 'NAMND')),
    deciding_body      varchar(200)  not null check (btrim(deciding_body) <> ''),
    decision_date      date          not null,
    valid_from         date          not null,
    valid_to           date          check (valid_to >= valid_from),
    legal_basis        varchar(1000) not null check (btrim(legal_basis) <> ''),
    -- an ISO-8601 period in years, months and days as java.time.Period prints it; never zero, so that no
    -- decision can authorise disposal the moment a record is made
    retention_period   varchar(40)   not null check (retention_period ~ '^P([0-9]+Y)?([0-9]+M)?([0-9]+D)?$'
                                                     and retention_period !~ '^P(0+[YMD])*$'),
    retention_trigger  varchar(32)   not null check (retention_trigger in ('CREATED', 'CAPTURED', 'CASE_CLOSED',
                                                                          'CHANNEL_CLOSED', 'SUPERSEDED')),
    -- "vid inaktualitet" is only executable with a stated criterion (Stockholms stadsarkiv warns against the bare
    -- phrase), so the database refuses SUPERSEDED without one
    trigger_criterion  text,
    conditions         text,
    document_url       varchar(2000),
    created_by         varchar(200)  not null,
    created_at         timestamp with time zone not null,
    version            bigint        not null default 0,
    constraint retention_decision_reference_unique unique (reference),
    constraint retention_decision_superseded_needs_criterion
        check (retention_trigger <> 'SUPERSEDED' or btrim(coalesce(trigger_criterion, '')) <> '')
);

-- The scope lives in one child table per dimension rather than in array columns: each value gets its own type and
-- CHECK (uuid ids, closed lists of kinds and directions) that an array element cannot have, a disposal run can ask
-- "which decisions cover channel X" with an indexed join, and Hibernate validates plain element collections without
-- custom array types. An empty dimension means the decision does not restrict on it; authorities and item kinds are
-- never empty (the service requires them), because a decision is always applied by a records creator to named
-- kinds of handlingar.
create table retention_decision_authority (
    decision_id  uuid not null references retention_decision (id),
    authority_id uuid not null,
    primary key (decision_id, authority_id)
);
create index retention_decision_authority_lookup on retention_decision_authority (authority_id);

create table retention_decision_channel (
    decision_id uuid not null references retention_decision (id),
    channel_id  uuid not null,
    primary key (decision_id, channel_id)
);
create index retention_decision_channel_lookup on retention_decision_channel (channel_id);

create table retention_decision_platform (
    decision_id uuid        not null references retention_decision (id),
    platform    varchar(40) not null check (platform ~ '^[a-z0-9][a-z0-9-]*$'),
    primary key (decision_id, platform)
);

create table retention_decision_item_kind (
    decision_id uuid        not null references retention_decision (id),
    item_kind   varchar(32) not null check (item_kind in ('POST', 'COMMENT', 'REPLY', 'DIRECT_MESSAGE', 'REACTION',
                                                          'MEDIA', 'PAGE_SNAPSHOT')),
    primary key (decision_id, item_kind)
);

create table retention_decision_direction (
    decision_id uuid        not null references retention_decision (id),
    direction   varchar(16) not null check (direction in ('INBOUND', 'OUTBOUND')),
    primary key (decision_id, direction)
);

create table retention_decision_classification (
    decision_id         uuid        not null references retention_decision (id),
    classification_code varchar(40) not null check (btrim(classification_code) <> ''),
    primary key (decision_id, classification_code)
);

-- The database is the last line of defence: a decision, or a narrowing of its scope, must never disappear, since
-- disposals already made under it would lose their legal basis. Deleting a scope row would even widen the decision.
create function retention_decision_is_permanent() returns trigger language plpgsql as $$
begin
    raise exception 'gallringsbeslut are never deleted and their scope never changes (table %)', tg_table_name;
end;
$$;

create trigger retention_decision_never_deleted before delete on retention_decision
    for each row execute function retention_decision_is_permanent();
create trigger retention_decision_authority_fixed before update or delete on retention_decision_authority
    for each row execute function retention_decision_is_permanent();
create trigger retention_decision_channel_fixed before update or delete on retention_decision_channel
    for each row execute function retention_decision_is_permanent();
create trigger retention_decision_platform_fixed before update or delete on retention_decision_platform
    for each row execute function retention_decision_is_permanent();
create trigger retention_decision_item_kind_fixed before update or delete on retention_decision_item_kind
    for each row execute function retention_decision_is_permanent();
create trigger retention_decision_direction_fixed before update or delete on retention_decision_direction
    for each row execute function retention_decision_is_permanent();
create trigger retention_decision_classification_fixed before update or delete on retention_decision_classification
    for each row execute function retention_decision_is_permanent();
