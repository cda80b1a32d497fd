-- Requirement 10: the register knows when the archive last captured each channel, and raises an alert when a
-- channel has gone longer than its interval (default six months, SKR) without a successful capture.
alter table channel add column last_capture_at timestamp with time zone;
alter table channel add column last_capture_id uuid;

create table capture_alert (
    id          uuid primary key,
    channel_id  uuid        not null references channel (id),
    raised_at   timestamp with time zone not null,
    due_since   timestamp with time zone not null,
    resolved_at timestamp with time zone,
    constraint capture_alert_resolved_after check (resolved_at is null or resolved_at >= raised_at)
);
-- At most one open alert per channel: the check is idempotent however often it runs.
create unique index capture_alert_open on capture_alert (channel_id) where resolved_at is null;
