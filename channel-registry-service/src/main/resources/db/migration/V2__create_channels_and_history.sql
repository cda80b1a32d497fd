-- The förteckning: one row per social media channel of an authority (requirement 1). Personal data of the
-- responsible person and deputy is kept here and shown publicly only where marked publishable.
create table channel (
    id                          uuid primary key,
    authority_id                uuid          not null references authority (id),
    platform                    varchar(32)   not null check (platform in ('FACEBOOK_PAGE', 'INSTAGRAM', 'X', 'YOUTUBE',
                                                   'LINKEDIN', 'MASTODON', 'TIKTOK', 'BLOG_RSS', 'OTHER')),
    handle                      varchar(200)  not null,
    url                         varchar(2048) not null,
    name                        varchar(200)  not null,
    purpose                     text          not null,
    capacity                    varchar(32)   not null check (capacity in ('OFFICIAL', 'OFFICIAL_PERSON', 'PUSH_ONLY')),
    dialogue_enabled            boolean       not null,
    responsible_name            varchar(200)  not null,
    responsible_function        varchar(200)  not null,
    responsible_email           varchar(254)  not null,
    responsible_name_public     boolean       not null,
    deputy_name                 varchar(200)  not null,
    deputy_function             varchar(200)  not null,
    deputy_email                varchar(254)  not null,
    deputy_name_public          boolean       not null,
    supervision_promise         text          not null,
    review_threshold_hours      integer       not null check (review_threshold_hours between 1 and 720),
    capture_interval            varchar(32),
    capture_cron                varchar(120),
    capture_scope               varchar(16)   not null check (capture_scope in ('OVERVIEW', 'ITEMS', 'FULL')),
    classification_code         varchar(64),
    retention_decision_refs     text[]        not null default '{}',
    terms_reviewed_on           date,
    terms_reviewed_by           varchar(200),
    terms_risk_note             text,
    joint_controller            boolean       not null,
    joint_controller_notice_url varchar(2048),
    start_date                  date,
    end_date                    date,
    status                      varchar(16)   not null check (status in ('PLANNED', 'ACTIVE', 'PAUSED', 'CLOSED')),
    -- The information users must be given (BBS-lagen 3 §, E-delegationen guideline 10), as structured fields.
    info_user_information_url   varchar(2048),
    info_privacy_notice_url     varchar(2048),
    info_identity               text,
    info_visibility             text,
    info_public_record          text,
    info_prohibited_codes       text[]        not null default '{}',
    info_own_rules              text,
    info_breach_measures        text,
    info_text                   text,
    info_confirmed_on           date,
    first_activated_at          timestamp with time zone,
    final_capture_id            uuid,
    created_at                  timestamp with time zone not null,
    created_by                  varchar(200)  not null,
    updated_at                  timestamp with time zone not null,
    version                     bigint        not null default 0,
    constraint channel_schedule check (capture_interval is not null or capture_cron is not null),
    constraint channel_dates check (end_date is null or start_date is null or end_date >= start_date),
    constraint channel_terms_review check ((terms_reviewed_on is null) = (terms_reviewed_by is null)),
    -- Requirement 9: a channel that was ever active closes only after a final capture; one never opened has none.
    constraint channel_closed_has_capture check (status <> 'CLOSED' or final_capture_id is not null
                                                 or first_activated_at is null)
);

-- A handle is case-insensitive on every platform we know; the same account registered twice is a conflict.
create unique index channel_platform_handle on channel (platform, lower(handle));
create index channel_authority on channel (authority_id);
create index channel_status on channel (status);

-- The register is itself a record (requirement 6): every change, by whom and when, field by field. Append-only.
create table change_record (
    id          bigint generated always as identity primary key,
    entity_type varchar(16)  not null check (entity_type in ('AUTHORITY', 'CHANNEL')),
    entity_id   uuid         not null,
    changed_at  timestamp with time zone not null,
    changed_by  varchar(200) not null,
    request_id  varchar(128),
    action      varchar(16)  not null check (action in ('CREATED', 'UPDATED', 'STATUS')),
    field       varchar(64),
    old_value   text,
    new_value   text
);
create index change_record_entity on change_record (entity_type, entity_id, id);

create rule change_record_no_update as on update to change_record do instead nothing;
create rule change_record_no_delete as on delete to change_record do instead nothing;
