-- The days on which each API key was used (its first use of a day, Vietnam time): which outside
-- systems worked with a council in a period (the live indicator T10). last_used_at keeps only
-- the latest use.
create table api_key_use (
  council_id  uuid not null references council (id),
  api_key_id  uuid not null references api_key (id) on delete cascade,
  day         date not null,
  primary key (api_key_id, day)
);
create index api_key_use_council on api_key_use (council_id, day);

alter table api_key_use enable row level security;
alter table api_key_use force row level security;
create policy api_key_use_private on api_key_use for all
  using (app_can_read_private(council_id)) with check (app_can_write(council_id));
