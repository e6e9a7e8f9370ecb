-- The voter closes the loop (docs/petitions.md#rating-and-reopening): a rating of each published
-- answer per petition (by its tracking code), and how often an issue was reopened. Private to the
-- council's staff: the public sees only the counts the office computes.

create table petition_rating (
  id           uuid primary key,
  council_id   uuid not null references council (id),
  petition_id  uuid not null references petition (id) on delete cascade,
  issue_id     uuid not null references petition_issue (id) on delete cascade,
  answer_round int not null,                           -- which answer: how often the issue had been reopened
  satisfied    boolean not null,
  comment      varchar(1000) not null default '',
  rated_at     timestamptz not null default now(),
  unique (petition_id, answer_round)
);
create index petition_rating_council on petition_rating (council_id);

alter table petition_issue add column reopened_count int not null default 0;
alter table petition_issue add column last_reopened_on date;

alter table petition_rating enable row level security;
alter table petition_rating force row level security;
create policy petition_rating_read on petition_rating for select using (app_can_read_private(council_id));
create policy petition_rating_write on petition_rating for all
  using (app_can_write(council_id)) with check (app_can_write(council_id));
