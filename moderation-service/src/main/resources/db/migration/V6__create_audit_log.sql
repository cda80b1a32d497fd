-- Append-only log of every moderator action, including every view of a SECRET item (req. 29, brief §7.5).
-- Rows are never changed or deleted; the triggers make the database itself refuse it.
create table audit_event (
    id          uuid primary key,
    -- Gap-free order of writing, so a reader can see that nothing was taken out between two events.
    log_sequence bigint generated always as identity unique,
    occurred_at timestamp with time zone not null,
    actor       varchar(200) not null,
    action      varchar(40)  not null check (action ~ '^[A-Z][A-Z_]*$'),
    target_type varchar(40)  not null,
    target_id   uuid         not null,
    detail      varchar(2000)
);

create index audit_event_target on audit_event (target_type, target_id);
create index audit_event_actor on audit_event (actor, occurred_at);

create function reject_audit_change() returns trigger language plpgsql as $$
begin
    raise exception 'the audit log is append-only';
end;
$$;

create trigger audit_event_is_append_only
    before update or delete on audit_event
    for each row execute function reject_audit_change();

create trigger audit_event_no_truncate
    before truncate on audit_event
    for each statement execute function reject_audit_change();
