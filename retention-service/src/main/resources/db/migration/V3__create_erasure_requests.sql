-- GDPR art. 17 requests (requirement 59) are records themselves: registered, evaluated against archive law, and
-- answered. Allmänna handlingar may only be destroyed under a gallringsbeslut, so the answer either points to the
-- decision under which a normal run will dispose of the data, or states that archive law prevails. Never deleted.
create table erasure_request (
    id                 uuid primary key,
    subject_reference  varchar(200)  not null check (btrim(subject_reference) <> ''),
    channel_id         uuid          not null,
    received_on        date          not null,
    registered_by      varchar(200)  not null,
    registered_at      timestamp with time zone not null,
    outcome            varchar(32)   not null check (outcome in ('DISPOSED_BY_RUN', 'PARTLY_DISPOSED_BY_RUN',
                                                                 'ARCHIVE_LAW_PREVAILS')),
    answer             text          not null
);

create table erasure_request_item (
    request_id   uuid        not null references erasure_request (id),
    item_id      uuid        not null,
    verdict      varchar(32) not null check (verdict in ('COVERED_BY_DECISION', 'NOT_DUE', 'NO_DECISION', 'HELD',
                                                         'PRESERVED', 'SECRET', 'NOT_FOUND')),
    -- the decision under which a normal run disposes of the item, once its frist has run out
    decision_id  uuid references retention_decision (id),
    due_at       timestamp with time zone,
    primary key (request_id, item_id)
);
