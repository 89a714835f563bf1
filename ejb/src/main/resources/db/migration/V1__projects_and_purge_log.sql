-- A project: the workflow state of one person's redesign, and the root every other row hangs from.
create table projects (
    id                 uuid        primary key,
    device_fingerprint varchar(64) not null,   -- SHA-256 (hex) of the X-Device-ID header, never the raw id
    token_hash         bytea       not null,   -- SHA-256 of the bearer token; the token itself is never stored
    step               varchar(32) not null,
    has_lidar          boolean     not null default false,
    iteration_count    integer     not null default 0 check (iteration_count between 0 and 5),
    selected_option    integer     check (selected_option in (0, 1)),
    created_at         timestamptz not null,
    updated_at         timestamptz not null,
    last_activity_at   timestamptz not null,
    approved_at        timestamptz,
    purge_at           timestamptz not null,
    purge_timer_handle bytea,                   -- serialized EJB TimerHandle of the project's purge timer
    version            bigint      not null default 0
);
-- The safety-net sweep looks for projects past their purge time.
create index projects_purge_at_idx on projects (purge_at);

-- One line per purged project, itself kept for a limited time (remo.lifecycle.purge-log-retention).
create table purge_log (
    id              bigserial   primary key,
    project_id      uuid        not null,
    reason          varchar(32) not null check (reason in ('abandoned', 'grace_expired', 'user_request')),
    rows_deleted    integer     not null,
    objects_deleted integer     not null,
    purged_at       timestamptz not null
);
-- A project is purged once: a second purge finds this row and does nothing.
create unique index purge_log_project_idx on purge_log (project_id);
create index purge_log_purged_at_idx on purge_log (purged_at);
