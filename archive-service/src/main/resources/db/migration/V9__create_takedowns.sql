-- Takedowns carried out for moderation (issue 5, requirement 19): evidence is sealed and committed before the platform
-- is called, and the check below makes a row that says otherwise impossible. One takedown per moderation decision:
-- decision_id is the idempotency key. item_id is not a foreign key: the takedown record outlives a later disposal.
create table takedown (
    id                    uuid primary key,
    decision_id           uuid          not null unique,
    item_id               uuid          not null,
    action                varchar(16)   not null check (action in ('HIDE', 'REMOVE', 'BLOCK_USER')),
    reason_code           varchar(100)  not null check (reason_code ~ '^[A-Z0-9_]+$'),
    requested_by          varchar(200)  not null check (length(trim(requested_by)) > 0),
    -- SEALING and EVIDENCE_SEALED are the two steps in between; the API reports the other three
    status                varchar(20)   not null check (status in ('SEALING', 'EVIDENCE_FAILED', 'EVIDENCE_SEALED',
                                                                   'PLATFORM_FAILED', 'EXECUTED')),
    -- where the sealed thread came from: fetched from the platform just before, or the archive's latest copy
    context_source        varchar(16) check (context_source in ('PLATFORM', 'ARCHIVE')),
    -- requirement 20: BBS_BARNPORNOGRAFIBROTT keeps metadata and hashes only, no text or media copy
    metadata_only         boolean       not null,
    hold_id               uuid,
    evidence_committed_at timestamp with time zone,
    platform_called_at    timestamp with time zone,
    platform_response     varchar(4000),
    detail                varchar(4000),
    platform_attempts     integer       not null default 0 check (platform_attempts >= 0),
    created_at            timestamp with time zone not null,
    updated_at            timestamp with time zone not null,
    constraint takedown_evidence_before_platform check (platform_called_at is null
        or (evidence_committed_at is not null and platform_called_at >= evidence_committed_at)),
    constraint takedown_executed_after_evidence check (status not in ('EVIDENCE_SEALED', 'PLATFORM_FAILED', 'EXECUTED')
        or (evidence_committed_at is not null and hold_id is not null))
);
create index takedown_item on takedown (item_id);

-- The sealed evidence of a takedown: a manifest (the items of the thread with their versions and hashes, and what the
-- platform showed) and, unless metadata only, the PDF/A rendition of the thread.
create table takedown_evidence (
    id           uuid primary key,
    takedown_id  uuid        not null references takedown (id),
    kind         varchar(16) not null check (kind in ('MANIFEST', 'RENDITION')),
    sha256       varchar(64) not null check (sha256 ~ '^[0-9a-f]{64}$'),
    rendition_id uuid,
    sealed_at    timestamp with time zone not null,
    constraint takedown_evidence_rendition check (kind <> 'RENDITION' or rendition_id is not null)
);
create index takedown_evidence_takedown on takedown_evidence (takedown_id);
