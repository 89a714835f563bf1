-- When the purge was due (the project's purge_at), so lateness is measurable: purged_at - due_at.
-- Null for purges a user requested, which are not late by definition.
alter table purge_log add column due_at timestamptz;
