-- A moderation decision is a record of an authority's action (req. 21): written once, never changed or deleted. A
-- correction is a new decision that names the one it corrects. Block decisions are among them (req. 25).
create table moderation_decision (
    id                    uuid primary key,
    review_item_id        uuid          not null references review_item (id),
    item_id               uuid          not null,
    channel_id            uuid          not null,
    outcome               varchar(20)   not null check (outcome in ('NO_ACTION', 'ANSWER', 'LIFT_TO_CASE', 'HIDE',
                                          'REMOVE', 'BLOCK_USER', 'SECRET', 'REPORT_POLICE', 'REPORT_PLATFORM')),
    -- The reason and its legal reference as the catalogue in force stated them at decision time (req. 18, 31).
    catalogue_version     integer,
    reason_code           varchar(64),
    reason_group          varchar(16)   check (reason_group in ('STATUTORY', 'SECRECY', 'POLICY')),
    legal_reference       varchar(500),
    motivation            varchar(4000),
    answer_text           varchar(8000),
    answer_platform_id    varchar(500),
    case_number           varchar(100),
    case_title            varchar(500),
    secrecy_provision     varchar(200),
    report_reference      varchar(500),
    police_report_pending boolean       not null default false,
    corrects_decision_id  uuid references moderation_decision (id),
    decided_by            varchar(200)  not null,
    decided_at            timestamp with time zone not null,
    execution             varchar(20)   not null
        check (execution in ('NOT_APPLICABLE', 'AWAITING_APPROVAL', 'EXECUTED', 'NOT_EXECUTED')),
    execution_detail      varchar(2000),
    takedown_id           uuid,
    evidence_sha256       varchar(4000),
    registration_id       uuid references registration (id),
    -- Four-eyes (req. 26): the approval is a decision of its own that names the one it approves, once.
    approves_decision_id  uuid unique references moderation_decision (id),
    approved_by           varchar(200),
    constraint decision_approval check ((approves_decision_id is null) = (approved_by is null)
        and approved_by is distinct from decided_by),
    constraint decision_reason_cited foreign key (catalogue_version, reason_code)
        references reason (catalogue_version, code),
    -- Hide, remove and block need a ground in force and a motivation of at least 20 characters (req. 17).
    constraint decision_removal_is_motivated check (outcome not in ('HIDE', 'REMOVE', 'BLOCK_USER')
        or (reason_code is not null and legal_reference is not null and char_length(btrim(motivation)) >= 20)),
    constraint decision_secret_has_provision check (outcome <> 'SECRET' or secrecy_provision is not null),
    constraint decision_answer check (outcome <> 'ANSWER' or answer_text is not null or answer_platform_id is not null),
    constraint decision_case check (outcome <> 'LIFT_TO_CASE' or case_number is not null or case_title is not null)
);

create index moderation_decision_item on moderation_decision (review_item_id, decided_at);
create index moderation_decision_month on moderation_decision (channel_id, decided_at);

create function reject_decision_change() returns trigger language plpgsql as $$
begin
    raise exception 'moderation decision % is a record and cannot be changed or deleted; record a correction instead',
        old.id;
end;
$$;

create trigger moderation_decision_is_immutable
    before update or delete on moderation_decision
    for each row execute function reject_decision_change();

-- A truncate would bypass the row trigger.
create function reject_decision_truncate() returns trigger language plpgsql as $$
begin
    raise exception 'moderation decisions are records and cannot be truncated';
end;
$$;

create trigger moderation_decision_no_truncate
    before truncate on moderation_decision
    for each statement execute function reject_decision_truncate();
