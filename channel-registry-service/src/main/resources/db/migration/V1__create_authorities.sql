-- An authority is a records creator (arkivbildare): a kommun, region, nämnd/styrelse, kommunalt bolag or statlig
-- myndighet. A kommun's nämnder share the kommun's organisation number, so the number alone is not unique.
create table authority (
    id                  uuid primary key,
    name                varchar(200) not null,
    organisation_number varchar(11)  not null check (organisation_number ~ '^[0-9]{6}-[0-9]{4}$'),
    kind                varchar(32)  not null check (kind in ('MUNICIPALITY', 'REGION', 'COMMITTEE',
                                                             'MUNICIPAL_COMPANY', 'STATE_AGENCY')),
    registry_email      varchar(254) not null,
    archive_authority   varchar(200) not null,
    created_at          timestamp with time zone not null,
    created_by          varchar(200) not null,
    updated_at          timestamp with time zone not null,
    version             bigint       not null default 0,
    constraint authority_name_per_org unique (organisation_number, name)
);
