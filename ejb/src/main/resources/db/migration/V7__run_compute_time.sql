-- The engine's share of a completed run's wall time (decode, analysis, rendering, gates, encoding; parallel work
-- counted once): wall time minus this is what orchestration and I/O cost.
alter table pipeline_runs add column compute_millis bigint;
