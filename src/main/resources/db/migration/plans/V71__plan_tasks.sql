-- Plan tasks: the work a confirmed plan gives to the council's bodies (and tasks the clerk adds by
-- hand), with a due date, a status, evidence that it was done, and the history of every change.
-- What the public may read: a task of a confirmed plan (its text, body, due date and status; the
-- application leaves notes and the person out of public answers). Evidence and history are the
-- council staff's.

create table plan_task (
  id                   uuid primary key,
  council_id           uuid not null references council (id),
  plan_id              uuid references plan (id),        -- the plan it was created from, if any
  plan_version         int,                              -- the version that last named it
  match_key            varchar(2000),                    -- folded text, to find it again in an amendment
  text                 varchar(2000) not null,
  serves               varchar(3),                       -- TargetCode T1–T12
  body                 varchar(30) not null,             -- ResponsibleBody
  body_id              uuid,                             -- the council body or executive unit it maps to
  body_name            varchar(300),
  assignee_delegate_id uuid,
  assignee_user_id     uuid,
  assignee_name        varchar(200),
  due_on               date not null,
  status               varchar(12) not null check (status in ('OPEN', 'IN_PROGRESS', 'DONE', 'CANCELLED')),
  note                 varchar(2000),
  completed_on         date,
  is_public            boolean not null default false,   -- part of a confirmed plan
  created_on           date not null,
  created_by           varchar(200) not null,
  created_at           timestamptz not null default now(),
  updated_at           timestamptz not null default now(),
  reminded_due_soon_at timestamptz,                      -- a TaskDueSoon was published
  reminded_overdue_at  timestamptz,                      -- a TaskOverdue was published
  check (due_on >= created_on),
  check ((status = 'DONE') = (completed_on is not null))
);
create index plan_task_council on plan_task (council_id, due_on);
create index plan_task_plan on plan_task (plan_id);
-- a plan names each (task, body) once
create unique index plan_task_plan_match on plan_task (plan_id, match_key, body) where plan_id is not null;
-- reminders look for open tasks by due date across councils
create index plan_task_open_due on plan_task (due_on) where status in ('OPEN', 'IN_PROGRESS');

create table plan_task_evidence (
  id          uuid primary key,
  council_id  uuid not null references council (id),
  task_id     uuid not null references plan_task (id) on delete cascade,
  kind        varchar(10) not null check (kind in ('DOCUMENT', 'SESSION', 'DATASET', 'COURSE', 'LINK')),
  reference   varchar(1000) not null,
  title       varchar(1000) not null,
  added_by    varchar(200) not null,
  added_at    timestamptz not null default now()
);
create index plan_task_evidence_task on plan_task_evidence (task_id, added_at);

create table plan_task_history (
  id          uuid primary key,
  council_id  uuid not null references council (id),
  task_id     uuid not null references plan_task (id) on delete cascade,
  at          timestamptz not null,
  by          varchar(200) not null,
  what        varchar(40) not null,                     -- message key suffix: created, status, note …
  detail      varchar(2000)
);
create index plan_task_history_task on plan_task_history (task_id, at);

alter table plan_task enable row level security;
alter table plan_task force row level security;
create policy plan_task_read on plan_task for select
  using (app_can_read_private(council_id) or (is_public and app_can_read(council_id)));
create policy plan_task_write on plan_task for all
  using (app_can_write(council_id)) with check (app_can_write(council_id));

alter table plan_task_evidence enable row level security;
alter table plan_task_evidence force row level security;
create policy plan_task_evidence_read on plan_task_evidence for select
  using (app_can_read_private(council_id));
create policy plan_task_evidence_write on plan_task_evidence for all
  using (app_can_write(council_id)) with check (app_can_write(council_id));

alter table plan_task_history enable row level security;
alter table plan_task_history force row level security;
create policy plan_task_history_read on plan_task_history for select
  using (app_can_read_private(council_id));
create policy plan_task_history_write on plan_task_history for all
  using (app_can_write(council_id)) with check (app_can_write(council_id));
