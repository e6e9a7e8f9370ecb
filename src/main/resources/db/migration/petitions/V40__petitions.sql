-- Voters' petitions (kiến nghị cử tri): voter-contact meetings, petitions with their tracking codes
-- and consent, petition issues that aggregate duplicates, transfer, answers and publication, the
-- outbox of messages to voters, spreadsheet imports. All private to the council's staff except
-- published issues (their de-identified answer).

create table petition_meeting (
  id                 uuid primary key,
  council_id         uuid not null references council (id),
  title              varchar(300) not null,
  delegate_group     varchar(300) not null default '',      -- tổ đại biểu
  delegates          varchar(2000) not null default '',     -- one per line
  front_co_organiser varchar(300) not null default '',      -- Ủy ban MTTQ phối hợp
  place              varchar(500) not null default '',
  format             varchar(10) not null check (format in ('IN_PERSON', 'ONLINE', 'HYBRID')),
  online_link        varchar(500),
  held_on            date not null,
  timing             varchar(10) not null check (timing in ('BEFORE', 'AFTER', 'THEMATIC')),
  session_reference  varchar(300) not null default '',      -- which session (free text until sessions exist)
  minutes            text not null default '',
  demo               boolean not null default false,
  created_by         varchar(200) not null,
  created_at         timestamptz not null default now(),
  check (format = 'IN_PERSON' or online_link is not null)
);
create index petition_meeting_council on petition_meeting (council_id, held_on desc);

create table petition_issue (
  id                  uuid primary key,
  council_id          uuid not null references council (id),
  title               varchar(500) not null,
  field               varchar(60) not null,
  level               varchar(10) not null check (level in ('COMMUNE', 'CITY', 'CENTRAL')),
  status              varchar(12) not null check (status in ('OPEN', 'TRANSFERRED', 'ANSWERED', 'CLOSED')),
  complaint           boolean not null default false,      -- khiếu nại, tố cáo: routed to the other legal track
  petition_count      int not null default 0,              -- voters who raised it (kept here: the public cannot read petitions)
  body_kind           varchar(16) check (body_kind in ('EXECUTIVE_UNIT', 'CITY', 'AGENCY')),
  executive_unit_id   uuid,
  body_name           varchar(300),
  transferred_on      date,
  deadline            date,
  reminded_at         timestamptz,
  escalated_at        timestamptz,
  answer_class        varchar(12) check (answer_class in ('RESOLVED', 'IN_PROGRESS', 'EXPLAINED')),
  answer_text         text,
  answer_promised_on  date,                                 -- in progress: the date it will be done
  answered_on         date,
  answered_by         varchar(200),
  publish_by          date,                                 -- 15 working days after the deadline
  published_at        timestamptz,
  published_text      text,                                 -- the de-identified answer as published
  period              varchar(7) not null,                  -- '2026-1' / '2026-2': half-year of intake
  carried_over        boolean not null default false,       -- unresolved at the end of a period
  demo                boolean not null default false,
  created_at          timestamptz not null default now(),
  updated_at          timestamptz not null default now(),
  check (status <> 'TRANSFERRED' or deadline is not null),
  check ((answer_class is null) = (answered_on is null)),
  check (answer_class <> 'IN_PROGRESS' or answer_promised_on is not null),
  check (published_at is null or answered_on is not null)
);
create index petition_issue_council on petition_issue (council_id, updated_at desc);
create index petition_issue_deadline on petition_issue (council_id, deadline) where status = 'TRANSFERRED';

create table petition (
  id               uuid primary key,
  council_id       uuid not null references council (id),
  tracking_code    char(10) not null unique,
  issue_id         uuid not null references petition_issue (id),
  meeting_id       uuid references petition_meeting (id),
  channel          varchar(10) not null check (channel in ('WEB', 'API', 'MEETING', 'IMPORT', 'OPEN311', 'OTHER')),
  content          varchar(5000) not null,
  content_folded   varchar(5000) not null,
  area             varchar(200) not null default '',        -- thôn / tổ dân phố: for statistics, not personal
  submitter_name   varchar(200),
  contact          varchar(200),
  address          varchar(300),
  latitude         double precision,
  longitude        double precision,
  photo_file_id    uuid,
  consent_purpose  varchar(1000),
  consent_at       timestamptz,
  field            varchar(60) not null,
  level            varchar(10) not null check (level in ('COMMUNE', 'CITY', 'CENTRAL')),
  suggested_field  varchar(60) not null,
  suggested_level  varchar(10) not null,
  suggested_score  double precision not null,
  classified       boolean not null default false,          -- confirmed or corrected by a clerk
  complaint        boolean not null default false,
  source_key       varchar(100),                            -- import: the row's stable key (re-import is idempotent)
  client_ip_hash   varchar(64),
  received_at      timestamptz not null default now(),
  anonymised_at    timestamptz,
  demo             boolean not null default false,
  created_by       varchar(200) not null,
  check (channel not in ('WEB', 'API', 'OPEN311') or consent_at is not null or anonymised_at is not null),
  unique (council_id, source_key)
);
create index petition_issue_members on petition (issue_id);
create index petition_council on petition (council_id, received_at desc);
create index petition_meeting_members on petition (meeting_id) where meeting_id is not null;
create index petition_contact on petition (council_id, contact) where contact is not null;

-- Messages to voters (tracking code, answer, ...) and to officers (reminders, escalation): an
-- outbox drained by whatever channel the installation has (today: the log).
create table petition_notification (
  id          uuid primary key,
  council_id  uuid not null references council (id),
  petition_id uuid references petition (id),
  issue_id    uuid references petition_issue (id),
  kind        varchar(20) not null check (kind in ('RECEIVED', 'ANSWERED', 'PUBLISHED', 'REMINDER', 'ESCALATION')),
  recipient   varchar(300) not null,
  message     varchar(2000) not null,
  created_at  timestamptz not null default now(),
  sent_at     timestamptz
);
create index petition_notification_unsent on petition_notification (created_at) where sent_at is null;

create table petition_import (
  id          uuid primary key,
  council_id  uuid not null references council (id),
  file_name   varchar(255) not null,
  sha256      char(64) not null,
  total_rows  int not null,
  imported    int not null,
  skipped     int not null,
  created_by  varchar(200) not null,
  created_at  timestamptz not null default now()
);

alter table petition_meeting enable row level security;
alter table petition_meeting force row level security;
create policy petition_meeting_read on petition_meeting for select using (app_can_read_private(council_id));
create policy petition_meeting_write on petition_meeting for all
  using (app_can_write(council_id)) with check (app_can_write(council_id));

alter table petition_issue enable row level security;
alter table petition_issue force row level security;
-- private to the council's staff until its answer is published
create policy petition_issue_read on petition_issue for select
  using (app_can_read_private(council_id) or (published_at is not null and app_can_read(council_id)));
create policy petition_issue_write on petition_issue for all
  using (app_can_write(council_id)) with check (app_can_write(council_id));

alter table petition enable row level security;
alter table petition force row level security;
create policy petition_read on petition for select using (app_can_read_private(council_id));
create policy petition_write on petition for all
  using (app_can_write(council_id)) with check (app_can_write(council_id));

alter table petition_notification enable row level security;
alter table petition_notification force row level security;
create policy petition_notification_read on petition_notification for select using (app_can_read_private(council_id));
create policy petition_notification_write on petition_notification for all
  using (app_can_write(council_id)) with check (app_can_write(council_id));

alter table petition_import enable row level security;
alter table petition_import force row level security;
create policy petition_import_read on petition_import for select using (app_can_read_private(council_id));
create policy petition_import_write on petition_import for all
  using (app_can_write(council_id)) with check (app_can_write(council_id));
