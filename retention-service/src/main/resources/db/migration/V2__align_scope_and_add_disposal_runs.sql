-- V1 is kept as it was: this migration aligns the decision scope with the spellings every service shares
-- (contracts.md): item kinds without REACTION (a reaction is not a record the archive keeps on its own), platforms
-- as channel-registry spells them, and a visibility dimension.
alter table retention_decision_item_kind drop constraint retention_decision_item_kind_item_kind_check;
alter table retention_decision_item_kind add constraint retention_decision_item_kind_item_kind_check
    check (item_kind in ('POST', 'COMMENT', 'REPLY', 'DIRECT_MESSAGE', 'MEDIA', 'PAGE_SNAPSHOT'));
alter table retention_decision_platform drop constraint retention_decision_platform_platform_check;
alter table retention_decision_platform add constraint retention_decision_platform_platform_check
    check (platform in ('FACEBOOK_PAGE', 'INSTAGRAM', 'X', 'YOUTUBE', 'LINKEDIN', 'MASTODON', 'TIKTOK', 'BLOG_RSS',
                        'OTHER'));

create table retention_decision_visibility (
    decision_id uuid        not null references retention_decision (id),
    visibility  varchar(16) not null check (visibility in ('PUBLIC', 'RESTRICTED', 'SECRET')),
    primary key (decision_id, visibility)
);
create trigger retention_decision_visibility_fixed before update or delete on retention_decision_visibility
    for each row execute function retention_decision_is_permanent();

-- "Bevaras" (requirement 52): kinds and classifications the decision says must be kept for ever. Candidates in them
-- are never disposed of under any decision, and like the scope these rows can never be removed.
create table retention_decision_preserved_kind (
    decision_id uuid        not null references retention_decision (id),
    item_kind   varchar(32) not null check (item_kind in ('POST', 'COMMENT', 'REPLY', 'DIRECT_MESSAGE', 'MEDIA',
                                                          'PAGE_SNAPSHOT')),
    primary key (decision_id, item_kind)
);
create trigger retention_decision_preserved_kind_fixed before update or delete on retention_decision_preserved_kind
    for each row execute function retention_decision_is_permanent();

create table retention_decision_preserved_classification (
    decision_id         uuid        not null references retention_decision (id),
    classification_code varchar(40) not null check (btrim(classification_code) <> ''),
    primary key (decision_id, classification_code)
);
create trigger retention_decision_preserved_classification_fixed
    before update or delete on retention_decision_preserved_classification
    for each row execute function retention_decision_is_permanent();

alter table retention_decision
    add column exceptions           text,
    -- runs under a decision wait for an archivist's approval unless the decision itself says they need not
    add column requires_approval    boolean      not null default true,
    add column document_name        varchar(255),
    add column document_media_type  varchar(100),
    add column document_sha256      varchar(64)    check (document_sha256 ~ '^[0-9a-f]{64}$'),
    add column document_content     bytea,
    add constraint retention_decision_document_complete
        check ((document_content is null) = (document_sha256 is null)
               and (document_content is null) = (document_name is null)
               and (document_content is null) = (document_media_type is null));

-- A disposal run (gallringsomgång): the dry run a person reads, its approval, its execution and its record. Runs and
-- their items are never deleted: together they are the gallringsprotokoll, which is kept permanently.
create table disposal_run (
    id                    uuid primary key,
    decision_id           uuid          not null references retention_decision (id),
    decision_reference    varchar(200)  not null,
    status                varchar(16)   not null check (status in ('PLANNING', 'PLANNED', 'APPROVED', 'EXECUTING',
                                                                 'EXECUTED')),
    -- the moment eligibility was judged against; execution re-checks holds in the archive itself
    evaluated_at          timestamp with time zone not null,
    scheduled             boolean       not null,
    created_by            varchar(200)  not null,
    created_at            timestamp with time zone not null,
    candidate_count       bigint        not null check (candidate_count >= 0),
    eligible_count        bigint        not null check (eligible_count >= 0 and eligible_count <= candidate_count),
    approved_by           varchar(200),
    approved_at           timestamp with time zone,
    executed_by           varchar(200),
    execution_started_at  timestamp with time zone,
    executed_at           timestamp with time zone,
    batches_done          integer       not null default 0 check (batches_done >= 0),
    registration_id       uuid,
    registration_status   varchar(16)   check (registration_status in ('PENDING', 'REGISTERED', 'DEAD_LETTER',
                                                                       'NOT_SENT')),
    registration_number   varchar(100),
    version               bigint        not null default 0,
    constraint disposal_run_approval_complete check ((approved_by is null) = (approved_at is null)),
    constraint disposal_run_executed_has_executor
        check (status not in ('EXECUTING', 'EXECUTED') or (executed_by is not null and execution_started_at is not null)),
    constraint disposal_run_executed_has_time check ((status = 'EXECUTED') = (executed_at is not null))
);
create index disposal_run_decision on disposal_run (decision_id, status);
create index disposal_run_status on disposal_run (status);

create table disposal_run_item (
    run_id            uuid         not null references disposal_run (id),
    item_id           uuid         not null,
    channel_id        uuid         not null,
    kind              varchar(32)  not null check (kind in ('POST', 'COMMENT', 'REPLY', 'DIRECT_MESSAGE', 'MEDIA',
                                                            'PAGE_SNAPSHOT')),
    direction         varchar(16)  not null check (direction in ('INBOUND', 'OUTBOUND')),
    visibility        varchar(16)  not null check (visibility in ('PUBLIC', 'RESTRICTED', 'SECRET')),
    content_sha256    varchar(64),
    trigger_at        timestamp with time zone,
    due_at            timestamp with time zone,
    -- the decision whose frist is longest among those covering the item: the one it is disposed of under
    governing_decision_id uuid references retention_decision (id),
    eligible          boolean      not null,
    exclusion_reason  varchar(32)  check (exclusion_reason in ('HELD', 'PRESERVED', 'NOT_DUE', 'TRIGGER_UNKNOWN',
                                                               'OUT_OF_SCOPE', 'CHANNEL_UNKNOWN', 'SECRET')),
    outcome           varchar(24)  check (outcome in ('DISPOSED', 'SKIPPED_HELD', 'NOT_FOUND', 'ALREADY_DISPOSED',
                                                      'SKIPPED_PRESERVED')),
    outcome_sha256    varchar(64),
    batch_no          integer,
    executed_at       timestamp with time zone,
    primary key (run_id, item_id),
    constraint disposal_run_item_reason check (eligible = (exclusion_reason is null)),
    constraint disposal_run_item_outcome_only_if_eligible check (outcome is null or eligible),
    constraint disposal_run_item_outcome_complete check ((outcome is null) = (executed_at is null))
);
-- execution walks the eligible items without an outcome in item id order, a batch at a time
create index disposal_run_item_pending on disposal_run_item (run_id, item_id) where eligible and outcome is null;
