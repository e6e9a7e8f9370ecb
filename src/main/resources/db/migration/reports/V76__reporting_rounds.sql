-- Reporting rounds: the standing committee asks the committees and the People's Committee for their
-- reports on a period by a deadline; each body hands in a file and a summary. Reminders are
-- remembered per body and kind so that each is published once.

create table reporting_round (
  id          uuid primary key,
  council_id  uuid not null references council (id),
  period      varchar(10) not null check (period ~ '^[0-9]{4}(-H[12])?$'),
  due_on      date not null,
  created_by  varchar(200) not null,
  created_at  timestamptz not null default now()
);
create index reporting_round_council on reporting_round (council_id, due_on desc);

create table reporting_round_reporter (
  id                 uuid primary key,
  council_id         uuid not null references council (id),
  round_id           uuid not null references reporting_round (id),
  kind               varchar(20) not null check (kind in ('COMMITTEE', 'EXECUTIVE_UNIT')),
  body_id            uuid not null,               -- council_body.id or executive_unit.id
  name               varchar(300) not null,       -- as named when the round was opened
  position           int not null,
  due_soon_sent_at   timestamptz,                 -- ReportDueSoon published
  overdue_sent_at    timestamptz,                 -- ReportOverdue published
  unique (round_id, body_id)
);
create index reporting_round_reporter_round on reporting_round_reporter (round_id, position);

create table reporting_submission (
  id            uuid primary key,
  council_id    uuid not null references council (id),
  round_id      uuid not null references reporting_round (id),
  reporter_id   uuid not null references reporting_round_reporter (id),
  file_id       uuid not null references stored_file (id),
  file_sha256   char(64) not null,
  file_name     varchar(255) not null,
  media_type    varchar(100) not null,
  file_size     bigint not null,
  summary       varchar(4000) not null,
  late          boolean not null,
  submitted_by  varchar(200) not null,
  submitted_at  timestamptz not null default now()
);
create index reporting_submission_reporter on reporting_submission (reporter_id, submitted_at);

alter table reporting_round enable row level security;
alter table reporting_round force row level security;
create policy reporting_round_read on reporting_round for select using (app_can_read_private(council_id));
create policy reporting_round_write on reporting_round for all
  using (app_can_write(council_id)) with check (app_can_write(council_id));

alter table reporting_round_reporter enable row level security;
alter table reporting_round_reporter force row level security;
create policy reporting_round_reporter_read on reporting_round_reporter for select
  using (app_can_read_private(council_id));
create policy reporting_round_reporter_write on reporting_round_reporter for all
  using (app_can_write(council_id)) with check (app_can_write(council_id));

alter table reporting_submission enable row level security;
alter table reporting_submission force row level security;
create policy reporting_submission_read on reporting_submission for select
  using (app_can_read_private(council_id));
create policy reporting_submission_write on reporting_submission for all
  using (app_can_write(council_id)) with check (app_can_write(council_id));
