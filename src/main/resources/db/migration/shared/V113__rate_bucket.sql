-- Rate limits that hold across instances (shared.limits): one token bucket per limit and client key.
-- The key is a keyed hash of the client's address (HMAC-SHA-256 under the installation's
-- rate-limits key, truncated), never the address itself. Not a council's data (an address is not
-- one council's), so no council_id and no row-level security: only the application's limiter reads
-- and writes it, and rows live only until their bucket is full again (pruned by RateBucketPruning).

create table rate_bucket (
  limit_name  varchar(60) not null,
  key_hash    varchar(64) not null,
  tokens      double precision not null,     -- tokens left at updated_at
  granted     boolean not null,              -- whether the last attempt was let through
  updated_at  timestamptz not null,
  full_at     timestamptz not null,          -- when the bucket is full again: the row may go
  primary key (limit_name, key_hash)
);
create index rate_bucket_full_at on rate_bucket (full_at);
