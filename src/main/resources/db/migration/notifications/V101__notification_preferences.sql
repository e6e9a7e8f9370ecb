-- A person's own choice of how the council reaches them: the channels they accept, their language, or
-- nothing at all (opted out). Without a row: Vietnamese, every channel the account has an address for.

create table notification_preference (
  account_id  uuid primary key,
  council_id  uuid not null references council (id),
  language    varchar(5) not null default 'vi' check (language in ('vi', 'en')),
  channels    varchar(10)[] not null,
  opted_out   boolean not null default false,
  updated_at  timestamptz not null default now()
);
create index notification_preference_council on notification_preference (council_id);

alter table notification_preference enable row level security;
alter table notification_preference force row level security;
create policy notification_preference_read on notification_preference for select
  using (app_can_read_private(council_id));
create policy notification_preference_write on notification_preference for all
  using (app_can_write(council_id)) with check (app_can_write(council_id));
