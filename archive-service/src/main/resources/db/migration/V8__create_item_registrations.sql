-- The registration numbers (diarienummer) an item has been registered under in the case management system, so that a
-- request for "the documents in KS 2026/0123" can be answered from the archive (requirement 45). An item may be
-- registered in more than one case. The link is metadata of the item and goes with it when it is disposed of.
create table item_registration (
    item_id             uuid         not null references item (id) on delete cascade,
    registration_number varchar(64)  not null check (length(trim(registration_number)) > 0),
    registered_at       timestamp with time zone not null,
    registered_by       varchar(200) not null,
    primary key (item_id, registration_number)
);
create index item_registration_number on item_registration (registration_number);
