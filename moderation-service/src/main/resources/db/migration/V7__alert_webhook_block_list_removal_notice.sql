-- Overdue alerts: the threshold now comes from channel-registry and is measured in working time (req. 15); an alert
-- says where its threshold came from, so one raised on the default while the registry was down is recognisable.
alter table review_alert
    add column threshold_source    varchar(40) not null default 'CONFIGURATION'
        check (threshold_source in ('REGISTRY', 'DEFAULT_CHANNEL_NOT_IN_REGISTRY', 'DEFAULT_REGISTRY_UNAVAILABLE',
                                    'CONFIGURATION')),
    add column working_age_seconds bigint check (working_age_seconds >= 0),
    -- One webhook delivery per alert, and so per item (review_item_id is unique).
    add column webhook_status      varchar(16) not null default 'NOT_CONFIGURED'
        check (webhook_status in ('NOT_CONFIGURED', 'PENDING', 'DELIVERED', 'FAILED')),
    add column webhook_attempts    integer     not null default 0 check (webhook_attempts >= 0),
    add column webhook_delivered_at timestamp with time zone,
    add column webhook_last_error  varchar(500),
    add constraint review_alert_delivered check ((webhook_status = 'DELIVERED') = (webhook_delivered_at is not null));

alter table review_alert alter column threshold_source drop default;

create index review_alert_webhook_pending on review_alert (raised_at) where webhook_status = 'PENDING';

-- The block list (req. 25): who is blocked in which channel, by which executed BLOCK_USER decision. Like the
-- decisions it is a record: never changed, never deleted. Lifting a block is a new decision, not an erased row.
create table block_list_entry (
    id              uuid primary key,
    channel_id      uuid          not null,
    decision_id     uuid          not null unique references moderation_decision (id),
    review_item_id  uuid          not null references review_item (id),
    item_id         uuid          not null,
    -- The platform handle the block applies to; null when the feed carried no author (the platform blocks by item).
    author_handle   varchar(500),
    reason_code     varchar(64)   not null,
    legal_reference varchar(500)  not null,
    decided_by      varchar(200)  not null,
    approved_by     varchar(200),
    blocked_at      timestamp with time zone not null
);

create index block_list_entry_channel on block_list_entry (channel_id, blocked_at);

-- Executed blocks recorded before this table existed.
insert into block_list_entry (id, channel_id, decision_id, review_item_id, item_id, author_handle, reason_code,
                              legal_reference, decided_by, approved_by, blocked_at)
select d.id, d.channel_id, d.id, d.review_item_id, d.item_id, r.author_handle, d.reason_code, d.legal_reference,
       d.decided_by, d.approved_by, d.decided_at
from moderation_decision d
         join review_item r on r.id = d.review_item_id
where d.outcome = 'BLOCK_USER'
  and d.execution = 'EXECUTED';

create function reject_record_change() returns trigger language plpgsql as $$
begin
    raise exception '% row % is a record and cannot be changed or deleted', tg_table_name, old.id;
end;
$$;

create function reject_record_truncate() returns trigger language plpgsql as $$
begin
    raise exception '% holds records and cannot be truncated', tg_table_name;
end;
$$;

create trigger block_list_entry_is_immutable
    before update or delete on block_list_entry
    for each row execute function reject_record_change();

create trigger block_list_entry_no_truncate
    before truncate on block_list_entry
    for each statement execute function reject_record_truncate();

-- Whether the author was told of a removal (req. 27): append-only, so a later "sent" does not erase an earlier
-- "could not be sent"; the newest record is the current state.
create table removal_notice (
    id           uuid primary key,
    decision_id  uuid          not null references moderation_decision (id),
    sent         boolean       not null,
    channel_used varchar(30)   check (channel_used in ('PLATFORM_MESSAGE', 'PLATFORM_REPLY', 'EMAIL', 'LETTER',
                                                       'OTHER')),
    sent_at      timestamp with time zone,
    recorded_by  varchar(200)  not null,
    recorded_at  timestamp with time zone not null,
    constraint removal_notice_sent check ((sent and channel_used is not null and sent_at is not null)
        or (not sent and sent_at is null))
);

create index removal_notice_decision on removal_notice (decision_id, recorded_at);

create trigger removal_notice_is_immutable
    before update or delete on removal_notice
    for each row execute function reject_record_change();

create trigger removal_notice_no_truncate
    before truncate on removal_notice
    for each statement execute function reject_record_truncate();
