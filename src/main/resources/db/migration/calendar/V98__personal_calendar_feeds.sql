-- Personal iCalendar feeds (/lich/{token}.ics): one revocable secret per account and council. Only
-- the token's SHA-256 is kept, so the link can be shown when it is made and never again; a revoked
-- row stays (when it was made and revoked) and its token answers 404.

create table personal_calendar_feed (
  id          uuid primary key,
  council_id  uuid not null references council (id),
  account_id  uuid not null references app_user (id),
  token_hash  char(64) not null unique,
  created_at  timestamptz not null,
  revoked_at  timestamptz,
  check (revoked_at is null or revoked_at >= created_at)
);
create unique index personal_calendar_feed_active on personal_calendar_feed (council_id, account_id)
  where revoked_at is null;

alter table personal_calendar_feed enable row level security;
alter table personal_calendar_feed force row level security;
create policy personal_calendar_feed_read on personal_calendar_feed for select
  using (app_can_read_private(council_id));
create policy personal_calendar_feed_write on personal_calendar_feed for all
  using (app_can_write(council_id)) with check (app_can_write(council_id));
