-- Single-use tickets that open one event stream (GET events?ticket=...): a browser's EventSource cannot send the
-- bearer token, and the token must not travel in URLs. Only a hash of the ticket is kept; a ticket is deleted when
-- used, pruned once expired, and deleted with its project.
create table stream_tickets (
    ticket_hash bytea       primary key,   -- SHA-256 of the ticket
    project_id  uuid        not null references projects (id) on delete cascade,
    expires_at  timestamptz not null
);
create index stream_tickets_project_idx on stream_tickets (project_id);
create index stream_tickets_expires_idx on stream_tickets (expires_at);
