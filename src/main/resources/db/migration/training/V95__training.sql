-- Delegate training (T9): digital-skills courses, their sessions (in person or online), who
-- attended (entered by the clerk, imported from an attendance list, or checked in by the delegate
-- during the session) and assessments giving a delegate a level in a course. Training records of
-- delegates, who hold a public mandate, are public (the delegate's profile shows them); only the
-- council's staff write them.

create table training_course (
  id           uuid primary key,
  council_id   uuid not null references council (id),
  code         varchar(40) not null check (code ~ '^[a-z0-9][a-z0-9-]*$'),
  title        varchar(300) not null,
  topic        varchar(20) not null check (topic in ('E_OFFICE', 'SIGNING', 'ONLINE_MEETINGS', 'DATA', 'PLATFORM', 'OTHER')),
  description  varchar(4000) not null default '',
  demo         boolean not null default false,
  created_by   varchar(200) not null,
  created_at   timestamptz not null default now(),
  unique (council_id, code)
);

create table training_session (
  id          uuid primary key,
  council_id  uuid not null references council (id),
  course_id   uuid not null references training_course (id),
  starts_at   timestamptz not null,
  ends_at     timestamptz not null,
  format      varchar(20) not null check (format in ('IN_PERSON', 'ONLINE')),
  place       varchar(300),
  link        varchar(500),
  demo        boolean not null default false,
  created_by  varchar(200) not null,
  created_at  timestamptz not null default now(),
  check (ends_at > starts_at)
);
create index training_session_council on training_session (council_id, starts_at);

create table training_attendance (
  council_id   uuid not null references council (id),
  session_id   uuid not null references training_session (id),
  delegate_id  uuid not null references delegate (id),
  source       varchar(20) not null check (source in ('ENTERED', 'IMPORTED', 'CHECK_IN')),
  recorded_by  varchar(200) not null,
  recorded_at  timestamptz not null default now(),
  primary key (session_id, delegate_id)
);
create index training_attendance_delegate on training_attendance (council_id, delegate_id);

create table training_assessment (
  id           uuid primary key,
  council_id   uuid not null references council (id),
  delegate_id  uuid not null references delegate (id),
  course_id    uuid not null references training_course (id),
  level        varchar(20) not null check (level in ('BASIC', 'PROFICIENT')),
  assessed_on  date not null,
  recorded_by  varchar(200) not null,
  recorded_at  timestamptz not null default now(),
  unique (delegate_id, course_id, assessed_on)
);
create index training_assessment_council on training_assessment (council_id, assessed_on);

alter table training_course enable row level security;
alter table training_course force row level security;
create policy training_course_read on training_course for select using (app_can_read(council_id));
create policy training_course_write on training_course for all
  using (app_can_write(council_id)) with check (app_can_write(council_id));

alter table training_session enable row level security;
alter table training_session force row level security;
create policy training_session_read on training_session for select using (app_can_read(council_id));
create policy training_session_write on training_session for all
  using (app_can_write(council_id)) with check (app_can_write(council_id));

alter table training_attendance enable row level security;
alter table training_attendance force row level security;
create policy training_attendance_read on training_attendance for select using (app_can_read(council_id));
create policy training_attendance_write on training_attendance for all
  using (app_can_write(council_id)) with check (app_can_write(council_id));

alter table training_assessment enable row level security;
alter table training_assessment force row level security;
create policy training_assessment_read on training_assessment for select using (app_can_read(council_id));
create policy training_assessment_write on training_assessment for all
  using (app_can_write(council_id)) with check (app_can_write(council_id));
