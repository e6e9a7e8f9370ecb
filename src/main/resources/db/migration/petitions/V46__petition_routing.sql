-- Routing of petition issues (docs/petitions.md#routing): each council's default receiving body per
-- field and competent level; the steps of an issue on its way (routed, re-routed with the clerk's
-- reason, escalated, reopened); where an unanswered issue stands on the escalation ladder.

create table petition_route (
  id                 uuid primary key,
  council_id         uuid not null references council (id),
  field              varchar(60) not null,
  level              varchar(10) not null check (level in ('COMMUNE', 'CITY', 'CENTRAL')),
  body_kind          varchar(16) not null check (body_kind in ('EXECUTIVE_UNIT', 'CITY', 'AGENCY')),
  executive_unit_id  uuid references executive_unit (id),
  body_name          varchar(300) not null,
  updated_by         varchar(200) not null,
  updated_at         timestamptz not null default now(),
  unique (council_id, field, level),
  check ((body_kind = 'EXECUTIVE_UNIT') = (executive_unit_id is not null))
);

create table petition_issue_step (
  id          uuid primary key,
  council_id  uuid not null references council (id),
  issue_id    uuid not null references petition_issue (id) on delete cascade,
  kind        varchar(10) not null check (kind in ('ROUTED', 'REROUTED', 'ESCALATED', 'REOPENED')),
  holder      varchar(20) not null check (holder in ('UNIT', 'CHAIR', 'STANDING_COMMITTEE')),
  body_name   varchar(300) not null,
  deadline    date,
  reason      varchar(1000) not null default '',      -- the clerk's reason to re-route, the voter's to reopen
  detail      text not null default '',               -- reopened: the earlier answer
  taken_by    varchar(200) not null,
  taken_at    timestamptz not null default now()
);
create index petition_issue_step_issue on petition_issue_step (issue_id, taken_at);

-- the ladder: null holder = still with the unit, until the transfer's deadline
alter table petition_issue add column escalation_holder varchar(20)
  check (escalation_holder in ('UNIT', 'CHAIR', 'STANDING_COMMITTEE'));
alter table petition_issue add column step_deadline date;

alter table petition_route enable row level security;
alter table petition_route force row level security;
create policy petition_route_read on petition_route for select using (app_can_read_private(council_id));
create policy petition_route_write on petition_route for all
  using (app_can_write(council_id)) with check (app_can_write(council_id));

alter table petition_issue_step enable row level security;
alter table petition_issue_step force row level security;
create policy petition_issue_step_read on petition_issue_step for select using (app_can_read_private(council_id));
create policy petition_issue_step_write on petition_issue_step for all
  using (app_can_write(council_id)) with check (app_can_write(council_id));
