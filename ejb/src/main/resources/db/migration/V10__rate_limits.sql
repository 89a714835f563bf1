-- Token buckets of the rate limits (Bucket4j, PostgreSQL backend): shared by every node, kept across restarts.
create table rate_limit_buckets (
    id         varchar(200) primary key,   -- limit name, its rate and a SHA-256 of the subject (device, project, IP)
    state      bytea,                      -- Bucket4j's serialized bucket: configuration and tokens
    expires_at bigint                      -- epoch millis when the bucket is full again and the row can go
);
create index rate_limit_buckets_expires_idx on rate_limit_buckets (expires_at);
