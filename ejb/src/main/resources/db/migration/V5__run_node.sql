-- The node whose batch runtime executes a run: after a crash, that node (and only it) restarts its runs.
alter table pipeline_runs add column node varchar(100);
create index pipeline_runs_active_idx on pipeline_runs (node) where status in ('starting', 'running');
