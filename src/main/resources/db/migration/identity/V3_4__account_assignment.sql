-- What an account works for beyond its roles: the People's Committee unit of an executive officer
-- (who then sees and answers only what is addressed to that unit) and the committee (Ban) of a
-- committee member (who works on its topics). One row per account that has either.

create table account_assignment (
  user_id            uuid primary key references app_user (id) on delete cascade,
  council_id         uuid not null references council (id),
  executive_unit_id  uuid references executive_unit (id),
  committee_id       uuid references council_body (id),
  updated_at         timestamptz not null default now()
);
create index account_assignment_council on account_assignment (council_id);

alter table account_assignment enable row level security;
alter table account_assignment force row level security;
create policy account_assignment_private on account_assignment for all
  using (app_can_read_private(council_id)) with check (app_can_write(council_id));
