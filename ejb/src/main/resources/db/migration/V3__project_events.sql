-- A short log of each project's events, so a phone that reconnects with Last-Event-ID receives what it missed.
-- Pruned by the lifecycle sweep (remo.events.retention) and deleted with the project.
create table project_events (
    id         bigserial   primary key,
    project_id uuid        not null references projects (id) on delete cascade,
    type       varchar(16) not null check (type in ('state', 'progress', 'complete', 'error')),
    data       jsonb       not null,
    created_at timestamptz not null
);
create index project_events_project_idx on project_events (project_id, id);
create index project_events_created_idx on project_events (created_at);
